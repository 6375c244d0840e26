import type { FormId } from '../../invoke/types';
import type { EmulatorVariants } from './types';
import type { Prediction } from './prediction';
import type { LinkId } from '../../diagnose/walk';

/** GET /invoke/live: the emulator variants of one form and what the console predicts they get. */
export type EmulatorVariantsView =
  | { target: 'aws' }
  | {
      target: 'emulator';
      form: FormId;
      variants: EmulatorVariants;
      /** The form's own warnings (`formWarnings`), already shown with the real snippets. */
      formWarnings: string[];
      prediction: Prediction;
      predictionText: string;
    };

/** What came back from one live call through the data plane. */
export type LiveOutcome =
  | {
      kind: 'response';
      status: number;
      /** The first bytes of the body as text. */
      body: string;
      truncated: boolean;
      /** The link the body names as refusing, when it names one. */
      refusedBy?: string;
      /** The link the emulator names as refusing (`x-emulator-rule`; AWS sends no such header). */
      emulatorLink?: LinkId;
    }
  /** The name does not resolve from the client's VPC: nothing was sent. */
  | { kind: 'unresolvable'; reason: string }
  | { kind: 'connection-error'; message: string };

/** POST /invoke/live: the real answer next to the prediction. */
export interface LiveCallResult {
  form: FormId;
  method: string;
  url: string;
  /** Where the call connected (the endpoint's loopback address and the data plane port). */
  connectedTo?: string;
  outcome: LiveOutcome;
  prediction: Prediction;
  predictionText: string;
  /** Whether the outcome is what the console predicted: the status, and the refusing link where the emulator names it. */
  agrees: boolean;
}
