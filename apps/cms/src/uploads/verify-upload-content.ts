import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import sharp from 'sharp';

/** The decoder's names for each image type editors may upload (config/plugins.ts). */
const IMAGE_FORMATS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'image/avif': ['heif', 'avif'],
};
const PDF_SIGNATURE = '%PDF-';

const typeName = (mime: string) => mime.slice('image/'.length).toUpperCase();

interface UploadedFile {
  name?: string;
  mime?: string;
  filepath?: string;
}

async function firstBytes(file: string, count: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Why an uploaded file is not what its type says, or null: an image must decode as that image type (sharp reads
 * its header and dimensions), a PDF must start as one. Strapi's own check trusts the name when the bytes carry no
 * signature it knows, so HTML or JavaScript named `.jpg` or `.pdf` was stored as an image or a PDF.
 */
export async function uploadContentProblem(file: UploadedFile): Promise<string | null> {
  const name = file.name ?? 'The file';
  if (!file.filepath || !file.mime) return null;
  if (file.mime === 'application/pdf') {
    const head = (await firstBytes(file.filepath, 1024)).toString('latin1');
    return head.startsWith(PDF_SIGNATURE) ? null : `${name} is not a PDF: its content does not start as one.`;
  }
  const formats = IMAGE_FORMATS[file.mime];
  if (!formats) return null;
  try {
    const { format, width, height } = await sharp(file.filepath, { limitInputPixels: 100_000_000 }).metadata();
    if (format && formats.includes(format) && width && height) return null;
    return `${name} is named as a ${typeName(file.mime)} image but is ${format ? `a ${format.toUpperCase()} image` : 'not an image'}: save it as a ${typeName(file.mime)} and upload it again.`;
  } catch {
    return `${name} is not a readable ${typeName(file.mime)} image: its content does not decode as one.`;
  }
}

/**
 * Checks every upload's content before it is stored, through the upload plugin's size check, which the Media
 * Library's uploads and replacements (and the content API's, for full-access tokens) all pass through with the
 * file on disk. A refusal is a 400 whose message the Media Library shows.
 */
export function verifyUploadContent(strapi: Core.Strapi): void {
  const providerService = strapi.plugin('upload').service('provider') as { checkFileSize(file: UploadedFile): Promise<void> | void };
  const checkFileSize = providerService.checkFileSize.bind(providerService);
  providerService.checkFileSize = async (file: UploadedFile) => {
    const problem = await uploadContentProblem(file);
    if (problem) throw new errors.ValidationError(problem);
    return checkFileSize(file);
  };
}
