import { cdkApp } from './cdk';
import { cliScript } from './cli';
import { cloudFormationTemplate } from './cloudformation';
import type { ExportFormat, ExportModel } from './model';
import { exportFileName } from './names';
import { terraformConfig } from './terraform';

export * from './model';

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** For the code view's syntax highlighting. */
  language: 'sh' | 'yaml' | 'hcl' | 'typescript';
  text: string;
}

/** The one entry point: a model in, a file out. */
export function renderExport(model: ExportModel, format: ExportFormat): ExportFile {
  switch (format) {
    case 'cli':
      return {
        fileName: exportFileName(model, 'sh'),
        contentType: 'text/x-shellscript',
        language: 'sh',
        text: cliScript(model),
      };
    case 'cloudformation':
      return {
        fileName: exportFileName(model, 'cfn.yaml'),
        contentType: 'application/yaml',
        language: 'yaml',
        text: cloudFormationTemplate(model),
      };
    case 'terraform':
      return {
        fileName: exportFileName(model, 'tf'),
        contentType: 'text/plain',
        language: 'hcl',
        text: terraformConfig(model),
      };
    case 'cdk':
      return {
        fileName: exportFileName(model, 'cdk.ts'),
        contentType: 'text/typescript',
        language: 'typescript',
        text: cdkApp(model),
      };
  }
}
