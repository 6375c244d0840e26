export type { DataPlaneRoute, EmulatorVariants, NameResolution } from './types';
export type { EmulatorVariantsView, LiveCallResult, LiveOutcome } from './live-call';
export { emulatorVariantsForForm, type DataPlaneFacts } from './variants';
export { curlArgGroupsForEmulator, curlEmulatorSnippet } from './curl';
export {
  describePrediction,
  linkAgrees,
  predictionFor,
  statusAgrees,
  statusInSymptom,
  type Prediction,
} from './prediction';
export { refusingLink } from './refusal';
