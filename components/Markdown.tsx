import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { CopyLabels } from '@/lib/i18n/labels';
import { CopyButton } from './CopyButton';

interface Labels {
  command: CopyLabels;
  code: CopyLabels;
}

type CodeProps = ComponentProps<'code'> & { 'data-copy'?: string };
type PreProps = ComponentProps<'pre'> & { 'data-copy'?: string };

/**
 * Rendered Markdown (a sanitised tree from lib/content) as React elements. Code the renderer
 * marked (`data-copy`) gets a copy button: beside each code block, and after each inline command.
 */
export function Markdown({ tree, copyLabels }: { tree: Root; copyLabels: Labels }) {
  const components: Partial<Components> = {
    code: ({ 'data-copy': copyText, ...props }: CodeProps) =>
      copyText === undefined ? (
        <code {...props} />
      ) : (
        <span className="command">
          <code {...props} />
          <CopyButton text={copyText} labels={copyLabels.command} compact />
        </span>
      ),
    pre: ({ 'data-copy': copyText, ...props }: PreProps) => (
      <div className="code-block">
        <pre {...props} />
        {copyText === undefined ? null : <CopyButton text={copyText} labels={copyLabels.code} />}
      </div>
    ),
  };
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
}
