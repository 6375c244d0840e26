import 'server-only';
import { toConsoleError } from '@/lib/aws/errors';
import { ActionFailure, FieldError, type ConsoleError } from '@/lib/errors';
import { EXPORT_FORMATS, renderExport, type ExportFormat, type ExportModel } from '@/lib/export';

/**
 * The HTTP answer of every export route: the file as a download (Content-Disposition), or a ConsoleError body with
 * a fitting status. Credentials and raw SDK errors never reach the response.
 */

const STATUS: Record<ConsoleError['kind'], number> = {
  'invalid-input': 400,
  forbidden: 403,
  credentials: 403,
  'not-found': 404,
  conflict: 409,
  throttled: 429,
  unavailable: 503,
  unknown: 500,
};

export function errorResponse(error: ConsoleError): Response {
  return Response.json(error, { status: STATUS[error.kind], headers: { 'Cache-Control': 'no-store' } });
}

export function invalidInput(message: string, field?: string): Response {
  return errorResponse({ kind: 'invalid-input', title: 'Cannot export', message, field });
}

export function parseFormat(value: string | null): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f === value);
}

export async function exportResponse(format: string | null, load: () => Promise<ExportModel>): Promise<Response> {
  const wanted = parseFormat(format);
  if (!wanted) return invalidInput(`Choose ?format= one of ${EXPORT_FORMATS.join(', ')}.`, 'format');
  let model: ExportModel;
  try {
    model = await load();
  } catch (error) {
    if (error instanceof FieldError) return invalidInput(error.message, error.field);
    if (error instanceof ActionFailure) return errorResponse(error.error);
    return errorResponse(toConsoleError(error));
  }
  const file = renderExport(model, wanted);
  return new Response(file.text, {
    headers: {
      'Content-Type': `${file.contentType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
