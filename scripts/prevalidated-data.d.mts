export const VALIDATED_DATA_MODULE: string;
/** The replacement of templates/validated-data.ts for the CLI bundle, and the files it was made from. */
export function prevalidatedData(root?: string): Promise<{ source: string; inputs: string[] }>;
