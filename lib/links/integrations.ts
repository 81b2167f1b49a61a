/**
 * Copy-paste templates for linking monitoring alerts to articles, one per tool, and the URL each
 * tool produces from its template for a real example (MSExchangeTransport 2004). The end-to-end
 * tests open exactly these filled URLs.
 */
export const integrationIds = [
  'eventViewer',
  'scom',
  'zabbix',
  'nagios',
  'prometheus',
  'grafana',
] as const;
export type IntegrationId = (typeof integrationIds)[number];

export interface Integration {
  id: IntegrationId;
  /** Product name; not translated. */
  name: string;
  /** The configuration to paste, with the tool's own placeholders. */
  template: string;
  /** What the tool fills its placeholders with for the example event. */
  example: Record<string, string>;
  /** The URL inside the template, before filling. */
  urlTemplate: string;
}

export const exampleEvent = { source: 'MSExchangeTransport', eventId: 2004 };

export function integrations(base: URL): Integration[] {
  const origin = base.toString().replace(/\/$/, '');
  const go = `${origin}/go/`;
  return [
    {
      id: 'eventViewer',
      name: 'Windows Event Viewer',
      urlTemplate: `${go}?EvtSrc={EvtSrc}&EvtID={EvtID}&ProdName={ProdName}&ProdVer={ProdVer}&LCID={LCID}`,
      template: [
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Event Viewer" ^',
        `  /v MicrosoftRedirectionURL /t REG_SZ /d "${go}" /f`,
      ].join('\n'),
      example: {
        '{EvtSrc}': exampleEvent.source,
        '{EvtID}': '1074005972',
        '{ProdName}': 'Microsoft Exchange',
        '{ProdVer}': '14.03.0123.002',
        '{LCID}': '1031',
      },
    },
    {
      id: 'scom',
      name: 'System Center Operations Manager',
      urlTemplate: `${go}?EvtSrc=$Data/PublisherName$&EvtID=$Data/EventDisplayNumber$`,
      template: `Knowledge article: ${go}?EvtSrc=$Data/PublisherName$&EvtID=$Data/EventDisplayNumber$`,
      example: {
        '$Data/PublisherName$': exampleEvent.source,
        '$Data/EventDisplayNumber$': String(exampleEvent.eventId),
      },
    },
    {
      id: 'zabbix',
      name: 'Zabbix',
      urlTemplate: `${go}?source={$EXCH.EVTSRC}&id={$EXCH.EVTID}`,
      template: [
        '# Template user macros',
        `{$EXCH.EVTSRC} = ${exampleEvent.source}`,
        `{$EXCH.EVTID}  = ${exampleEvent.eventId}`,
        '# Trigger → URL',
        `${go}?source={$EXCH.EVTSRC}&id={$EXCH.EVTID}`,
      ].join('\n'),
      example: {
        '{$EXCH.EVTSRC}': exampleEvent.source,
        '{$EXCH.EVTID}': String(exampleEvent.eventId),
      },
    },
    {
      id: 'nagios',
      name: 'Nagios',
      urlTemplate: `${go}?source=$_SERVICEEVTSRC$&id=$_SERVICEEVTID$`,
      template: [
        'define service {',
        '    use                 exchange-eventlog-service',
        '    host_name           exch01',
        `    service_description ${exampleEvent.source} ${exampleEvent.eventId}`,
        `    _EVTSRC             ${exampleEvent.source}`,
        `    _EVTID              ${exampleEvent.eventId}`,
        `    notes_url           ${go}?source=$_SERVICEEVTSRC$&id=$_SERVICEEVTID$`,
        '}',
      ].join('\n'),
      example: {
        $_SERVICEEVTSRC$: exampleEvent.source,
        $_SERVICEEVTID$: String(exampleEvent.eventId),
      },
    },
    {
      id: 'prometheus',
      name: 'Prometheus / Alertmanager',
      urlTemplate: `${go}?source={{ $labels.source }}&id={{ $labels.event_id }}`,
      template: [
        'groups:',
        '  - name: exchange-transport',
        '    rules:',
        '      - alert: ExchangeTransportEvent',
        '        # Your expression; its series must carry the labels source and event_id',
        '        # (for example from a log pipeline that turns Windows events into metrics).',
        '        expr: <expression>',
        '        annotations:',
        `          runbook_url: "${go}?source={{ $labels.source }}&id={{ $labels.event_id }}"`,
        '# Alertmanager receiver template (e.g. Slack):',
        '#   text: "{{ .CommonAnnotations.runbook_url }}"',
      ].join('\n'),
      example: {
        '{{ $labels.source }}': exampleEvent.source,
        '{{ $labels.event_id }}': String(exampleEvent.eventId),
      },
    },
    {
      id: 'grafana',
      name: 'Grafana Alerting',
      urlTemplate: `${go}?source={{ $labels.source }}&id={{ $labels.event_id }}&lang=de`,
      template: [
        '# Alert rule → Configure annotations → Runbook URL',
        `${go}?source={{ $labels.source }}&id={{ $labels.event_id }}&lang=de`,
      ].join('\n'),
      example: {
        '{{ $labels.source }}': exampleEvent.source,
        '{{ $labels.event_id }}': String(exampleEvent.eventId),
      },
    },
  ];
}

/** The URL the tool opens: its placeholders replaced, values URL-encoded as a browser would. */
export function filledUrl(integration: Integration): string {
  let url = integration.urlTemplate;
  for (const [placeholder, value] of Object.entries(integration.example))
    url = url.split(placeholder).join(encodeURIComponent(value));
  return url;
}
