/**
 * The project's import graph and its circles. Type-only imports count too: a circle of types
 * still ties two modules together. Only the project's own files are followed (relative and `@/`
 * imports); packages are leaves.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project file an import specifier names, or null for a package. */
export function resolveImport(from: string, specifier: string, root: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier);
  else return null;
  if (/\.(tsx?|json|css)$/.test(base)) return existsSync(base) ? base : null;
  return extensions.map((ext) => base + ext).find((file) => existsSync(file)) ?? null;
}

export function importGraph(files: readonly string[], root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => resolveImport(file, imported.fileName, root))
      .filter((target): target is string => target !== null && /\.tsx?$/.test(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every circle, each as the files along it (strongly connected components of two or more). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      circles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles;
}
