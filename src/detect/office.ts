// Office document views: Word and PowerPoint keep a paragraph's text in runs, one element per change of font or
// spell-check state (`<w:t>NOVAMED_API_KEY=</w:t></w:r><w:r><w:rPr>…</w:rPr><w:t>…</w:t>`), so a name and its key
// pasted into a handover document never stand side by side in the XML. In a document's or a slide's part (an entry of
// the `.docx`/`.pptx` archive) the view drops the tags and ends each paragraph with a line break, so the text reads
// as the document shows it; a key is reported where it stands. Excel keeps every cell's text once in its shared
// strings, in the order the sheet first shows them: a name cell and the value cell beside it come out as a name and
// its value on the next line.
import type { Replacement } from './views.js';

/** The text parts of Word, PowerPoint and Excel files, as archive entries (`handover.docx!word/document.xml`). */
const OFFICE_PART =
  /\.(?:docx|docm|dotx|pptx|pptm|potx)!(?:word|ppt\/slides)\/[^!/]+\.xml$|\.(?:xlsx|xlsm)!xl\/sharedStrings\.xml$/i;
/**
 * A paragraph's end (Word's `</w:p>`, DrawingML's `</a:p>`, a spreadsheet's shared string `</si>`), a line break or
 * tab element, or any other tag.
 */
const TAG = /<\/(?:w:p|a:p|si)>|<(?:w|a):(?:br|cr)\b[^<>]{0,200}>|<\/?[A-Za-z][^<>]{0,500}>/g;
/** At most this many tags are rewritten in one item. */
const MAX_REPLACEMENTS = 1_000_000;

/** Whether the item is a text part of a Word, PowerPoint or Excel file. */
export function isOfficePart(file: string): boolean {
  // Only an archive's entry holds `!`: a plain file's name never has the regex compiled.
  return file.includes('!') && OFFICE_PART.test(file);
}

/** Replacements dropping every tag of an Office part, paragraph and string ends and breaks written as line breaks. */
export function officeText(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(latin1); m && found.length < MAX_REPLACEMENTS; m = TAG.exec(latin1)) {
    const text = /^<(?:\/?(?:w|a):(?:p|br|cr)\b|\/si>)/.test(m[0]) ? '\n' : '';
    found.push({ from: m.index, to: m.index + m[0].length, text, report: m.index });
  }
  return found;
}
