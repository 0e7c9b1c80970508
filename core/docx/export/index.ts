export { exportDocx, PART, type ExportResult } from './export-docx';
export { gbt9704Profile, pageGeometry, mmToTwips, type FormatProfile } from './profile';
export { breakTitle, emWidth } from './title-lines';
export { officialTitleLines } from './official-title';
export { xmlSafe, newDropped } from './text-safety';
export { PendingSuggestionsError } from './tracked-changes';
export { jsZipCodec, type ZipCodec } from './zip-package';
