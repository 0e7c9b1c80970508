/**
 * Sub-heading numbers for one section editor, derived from position with core/model/numbering.ts after
 * every change. Slate re-renders only elements whose object changed, so a heading whose number changes
 * because another one was inserted above reads its label from here instead of from its props.
 */
import { numberBlocks, type NumberedBlock } from '../../core/model/numbering';
import type { Block } from '../../core/model/content';

export class LabelStore {
  private labels = new WeakMap<object, NumberedBlock>();
  private listeners = new Set<() => void>();
  private version = 0;

  update(blocks: readonly Block[]): void {
    const numbered = numberBlocks(blocks);
    const next = new WeakMap<object, NumberedBlock>();
    let hasHeading = false;
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i]!.type === 'heading') {
        next.set(blocks[i]!, numbered[i]!);
        hasHeading = true;
      }
    }
    this.labels = next;
    if (hasHeading || this.version === 0) {
      this.version += 1;
      for (const l of this.listeners) l();
    }
  }

  get(element: object): NumberedBlock | undefined {
    return this.labels.get(element);
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
}
