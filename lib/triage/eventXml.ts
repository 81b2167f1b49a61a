/**
 * A LogEvent from the event XML that wevtutil, Event Viewer, Get-WinEvent's ToXml() and EVTX
 * files share: `System` (provider, ID, level, time, computer), the insertion strings in
 * `EventData/Data` (or the leaf values of `UserData`) and, in rendered XML, the message in
 * `RenderingInfo/Message`.
 */
import { parseLogDate } from './dates';
import { parseLevel } from './levels';
import type { LogEvent } from './model';
import { parseEventId } from './table';
import { childElement, childElements, textOf, type XElement } from './xml';

/** Leaf values of UserData in document order: attribute values first, then text. */
function userDataValues(element: XElement): string[] {
  const values: string[] = [];
  const visit = (node: XElement) => {
    values.push(...Object.values(node.attrs).filter((v) => !/^https?:|^urn:/.test(v)));
    const children = childElements(node);
    if (children.length === 0) values.push(textOf(node));
    else children.forEach(visit);
  };
  childElements(element).forEach((top) => childElements(top).forEach(visit));
  return values;
}

function insertionStrings(event: XElement): string[] | null {
  const eventData = childElement(event, 'EventData');
  if (eventData) return childElements(eventData, 'Data').map((d) => textOf(d));
  const userData = childElement(event, 'UserData');
  return userData ? userDataValues(userData) : null;
}

export function eventFromXml(event: XElement): LogEvent | null {
  const system = childElement(event, 'System');
  const provider = childElement(system, 'Provider');
  const source = (provider?.attrs.EventSourceName || provider?.attrs.Name || '').trim();
  const eventId = parseEventId(textOf(childElement(system, 'EventID')));
  if (!source || eventId === null) return null;
  const rendering = childElement(event, 'RenderingInfo');
  const message = childElement(rendering, 'Message');
  return {
    source,
    eventId,
    level:
      parseLevel(textOf(childElement(system, 'Level'))) ??
      parseLevel(textOf(childElement(rendering, 'Level'))),
    time: parseLogDate(childElement(system, 'TimeCreated')?.attrs.SystemTime),
    computer: textOf(childElement(system, 'Computer')).trim() || null,
    values: insertionStrings(event),
    message: message ? textOf(message) : null,
  };
}
