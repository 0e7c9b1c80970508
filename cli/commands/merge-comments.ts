/**
 * `gwdraft merge-comments FILE.gwdraft REVIEWED.(docx|gwdraft) -o OUT.gwdraft`: bring a reviewer's
 * comments (from Word/WPS, or from another copy of the draft) into the draft, placed by their quoted text.
 * An existing OUT is replaced only with --force, like every command that writes a file (output-file.ts).
 */
import { parseArgs, UserError, type Command } from '../command';
import { mergeComments, refreshAnchors } from '../../core/comments/index';
import { mergeSuggestions } from '../../core/suggestions/merge';
import { templateOf } from '../../templates/index';
import { loadDraft, readReviewedThreads, saveDraft } from './docx-input';
import { outputPath } from './output-file';

export const mergeCommentsCommand: Command = {
  name: 'merge-comments',
  summary:
    "合并审阅意见（Word 批注或另一份草稿） / merge a reviewer's comments (Word .docx or another .gwdraft)",
  usage: 'gwdraft merge-comments FILE.gwdraft REVIEWED.(docx|gwdraft) -o OUT.gwdraft [--force]',
  async run(args) {
    const parsed = parseArgs(args, { values: ['output'], booleans: ['force'] });
    const [file, reviewed, ...more] = parsed.positional;
    if (!file || !reviewed)
      throw new UserError('需要草稿文件和审阅后的文件 / need FILE.gwdraft and REVIEWED.(docx|gwdraft)');
    if (more.length) throw new UserError(`多余的参数：${more[0]} / unexpected argument: ${more[0]}`);
    // As for new/import/export: an existing OUT is replaced only with --force (and then kept as OUT.bak).
    const out = await outputPath(parsed);
    const current = refreshAnchors(await loadDraft(file));
    const { threads, suggestions, fromDocx } = await readReviewedThreads(reviewed);
    const m = mergeComments(current, threads, { keepDetached: fromDocx, template: templateOf(current) });
    // Track changes (w:ins/w:del) or the copy's 修订: placed by quote; 无法定位 ones kept and listed.
    const s = mergeSuggestions(m.report, suggestions);
    await saveDraft(out, s.report);
    // Deleted here and still in the copy; already here under another shape (WPS lost the reply links).
    const zh =
      (m.deletedSkipped ? `；${m.deletedSkipped} 条此前已删除的批注未再加入` : '') +
      (m.revived ? `；${m.revived} 条已删除的批注因有新回复重新加入` : '') +
      (m.alreadyPresent ? `；${m.alreadyPresent} 条已有的批注未重复加入` : '');
    const en =
      (m.deletedSkipped ? `; ${m.deletedSkipped} deleted before, not added again` : '') +
      (m.revived ? `; ${m.revived} deleted threads back with new replies` : '') +
      (m.alreadyPresent ? `; ${m.alreadyPresent} already present, not added twice` : '');
    process.stdout.write(
      `已合并：新增批注 ${m.added} 条，已定位 ${m.placed} 条，游离（原文已删除或找不到）${m.detached} 条` +
        (m.onMeta ? `（其中 ${m.onMeta} 条在标题、署名等行上）` : '') +
        '；' +
        `新增回复 ${m.repliesAdded} 条${zh}；新增修订 ${s.added} 处，已定位 ${s.placed} 处，无法定位 ${s.unplaced} 处 → ${out}\n` +
        `merged: ${m.added} threads added, ${m.placed} placed, ${m.detached} detached` +
        (m.onMeta ? ` (${m.onMeta} on the title or signature)` : '') +
        `; ${m.repliesAdded} replies added${en}; ` +
        `${s.added} suggestions added, ${s.placed} placed, ${s.unplaced} unplaced → ${out}\n`,
    );
    return 0;
  },
};
