'use client';

import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import dynamic from 'next/dynamic';
import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useCanMutate } from '@/components/common/access';
import { InternalLink } from '@/components/common/internal-link';
import { ExportButton } from '@/components/export/export-button';
import { encodePlanParam } from '@/lib/export/plan-param';
import { domainHref } from '@/lib/inventory/hrefs';
import {
  accessStepSchema,
  mappingsStepSchema,
  nameStepSchema,
  sharingStepSchema,
  stepOfField,
  type CreateDomainDraft,
} from '@/lib/domains/create-domain-schema';
import type { PlanStep } from '@/lib/domains/create-plan';
import type { PreflightResult } from '@/lib/domains/creation-run';
import { formReads } from '@/lib/domains/edit-options';
import { runAction } from '@/lib/actions/action-result';
import { runDomainCreationStep } from '@/lib/actions/domain-creation';
import { fieldErrorsOf, type FieldErrors } from '@/lib/errors';
import { loadJson } from '@/lib/http/load-json';
import { WizardNameStep } from './wizard-name-step';
import type { StagesByApi } from './wizard-mappings-step';
import type { ReviewState } from './wizard-review-step';
import type { CreatedDomainRef, StepRuns } from './creation-progress';
import type { WizardOptions } from './wizard-types';
import { LazyLoading } from '@/components/common/lazy-loading';

// Cloudscape's wizard renders only the active step: the later steps' code downloads when the wizard reaches them.
const WizardAccessStep = dynamic(() => import('./wizard-access-step').then((m) => m.WizardAccessStep), {
  loading: LazyLoading,
});
const WizardMappingsStep = dynamic(() => import('./wizard-mappings-step').then((m) => m.WizardMappingsStep), {
  loading: LazyLoading,
});
const WizardSharingStep = dynamic(() => import('./wizard-sharing-step').then((m) => m.WizardSharingStep), {
  loading: LazyLoading,
});
const WizardReviewStep = dynamic(() => import('./wizard-review-step').then((m) => m.WizardReviewStep), {
  loading: LazyLoading,
});
const CreationProgress = dynamic(() => import('./creation-progress').then((m) => m.CreationProgress), {
  loading: LazyLoading,
});

/** The page's h1 while the run or its outcome shows; during the steps, the step title is the h1. */
function PageTitle() {
  return <Header variant="h1">Create private custom domain</Header>;
}

const STEP_SCHEMAS = [nameStepSchema, accessStepSchema, mappingsStepSchema, sharingStepSchema];

export function emptyDraft(creationToken: string): CreateDomainDraft {
  return {
    creationToken,
    domainName: '',
    certificateArn: '',
    securityPolicy: 'TLS_1_2',
    access: { mode: 'generated', vpceIds: [], vpcIds: [], policyText: '' },
    mappings: [{ basePath: '', restApiId: '', stage: '' }],
    updateApiPolicies: true,
    redeployStages: true,
    sharing: { mode: 'none', principals: [], shareName: '', existingShareArn: '' },
  };
}

interface RunState {
  steps: PlanStep[];
  runs: StepRuns;
  domain?: CreatedDomainRef;
}

interface Stored {
  draft: CreateDomainDraft;
  run?: RunState;
}

/** The wizard survives a reload of this tab: the draft and the run are kept per creation token. */
const storageKey = (token: string) => `console:create-domain:${token}`;
function load(token: string): Stored | undefined {
  try {
    const raw = window.sessionStorage.getItem(storageKey(token));
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  } catch {
    return undefined;
  }
}

const FINISHED = new Set(['done', 'exists', 'skipped']);

/** `created`: the domain this token already created, when the server found one (the run may live in another tab). */
export function CreateDomainWizard({
  token,
  options,
  created,
}: {
  token: string;
  options: WizardOptions;
  created?: CreatedDomainRef;
}) {
  const router = useRouter();
  const mutate = useCanMutate();
  const [draft, setDraft] = useState<CreateDomainDraft>(() => emptyDraft(token));
  const [run, setRun] = useState<RunState | undefined>();
  const [restored, setRestored] = useState(false);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [review, setReview] = useState<ReviewState>({ status: 'loading' });
  const [stages, setStages] = useState<StagesByApi>({});
  const [running, setRunning] = useState(false);
  // A ref, not state: two clicks in the same tick must not both start a run.
  const runningRef = useRef(false);

  const loadStages = useCallback((restApiId: string) => {
    setStages((s) => (Array.isArray(s[restApiId]) ? s : { ...s, [restApiId]: 'loading' }));
    void loadJson<string[]>(formReads.apiStages(restApiId)).then((r) => {
      setStages((s) => ({ ...s, [restApiId]: r.ok ? r.data : { error: r.error.message } }));
    });
  }, []);

  useEffect(() => {
    const stored = load(token);
    // Restoring from sessionStorage can only happen after hydration (the server has no tab storage), so this one
    // effect does set state: the draft is empty until then.
    if (stored) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDraft(stored.draft);
      setRun(stored.run);
      for (const m of stored.draft.mappings) if (m.restApiId) loadStages(m.restApiId);
    }
    setRestored(true);
  }, [token, loadStages]);

  useEffect(() => {
    if (restored) window.sessionStorage.setItem(storageKey(token), JSON.stringify({ draft, run } satisfies Stored));
  }, [draft, run, restored, token]);

  const update = (patch: Partial<CreateDomainDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // An edited field's old error would be wrong now; Next validates again.
    const touched = Object.keys(patch);
    setErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([field]) => !touched.some((k) => field === k || field.startsWith(`${k}.`))),
      ),
    );
  };

  const startReview = async () => {
    setReview({ status: 'loading' });
    const r = await loadJson<PreflightResult>(formReads.createReview, { method: 'POST', body: draft });
    if (!r.ok) {
      if (r.error.field) jumpToErrors({ [r.error.field]: r.error.message });
      else setReview({ status: 'error', error: r.error });
      return;
    }
    setReview({ status: 'ready', result: r.data });
    if (Object.keys(r.data.fieldErrors).length > 0) setErrors(r.data.fieldErrors);
  };

  function jumpToErrors(fieldErrors: FieldErrors) {
    setErrors(fieldErrors);
    setActive(Math.min(...Object.keys(fieldErrors).map(stepOfField)));
  }

  const navigate = (requested: number) => {
    if (requested > active) {
      for (let i = active; i < Math.min(requested, STEP_SCHEMAS.length); i += 1) {
        const parsed = STEP_SCHEMAS[i].safeParse(draft);
        if (!parsed.success) {
          setErrors(fieldErrorsOf(parsed.error.issues));
          setActive(i);
          return;
        }
      }
    }
    setErrors({});
    setActive(requested);
    if (requested === 4) void startReview();
  };

  /**
   * Runs the remaining steps in order. A step AWS's quota refuses stops the run with the time to resume; the effect
   * below resumes it then, so no request waits the quota out.
   */
  const execute = async (steps: PlanStep[], previous: StepRuns = {}) => {
    if (runningRef.current) return;
    runningRef.current = true;
    setRunning(true);
    const runs: StepRuns = { ...previous };
    let domain = run?.domain;
    const publish = () => {
      setRun({ steps, runs: { ...runs }, domain });
    };
    try {
      for (const step of steps) {
        if (FINISHED.has(runs[step.id]?.status ?? '')) continue;
        runs[step.id] = { status: 'running' };
        publish();
        const r = await runAction(runDomainCreationStep, { input: draft, stepId: step.id });
        if (!r.ok) {
          const fieldMessage = r.fieldErrors ? Object.values(r.fieldErrors)[0] : undefined;
          runs[step.id] = { status: 'failed', message: fieldMessage ?? `${r.error.title}: ${r.error.message}` };
          publish();
          return;
        }
        if (r.data.domain) domain = { domainName: r.data.domain.domainName, domainNameId: r.data.domain.domainNameId };
        if (r.data.status === 'waiting') {
          const seconds = r.data.retryAfterSeconds ?? 5;
          runs[step.id] = { status: 'waiting', message: r.data.message, resumeAt: Date.now() + seconds * 1000 };
          publish();
          return;
        }
        runs[step.id] = { status: r.data.status, message: r.data.message };
        publish();
      }
    } finally {
      runningRef.current = false;
      setRunning(false);
    }
  };

  const resume = useEffectEvent(() => {
    if (run) void execute(run.steps, run.runs);
  });
  const resumeAt = run && !running ? Object.values(run.runs).find((r) => r?.status === 'waiting')?.resumeAt : undefined;
  useEffect(() => {
    if (resumeAt === undefined) return;
    const timer = setTimeout(resume, Math.max(0, resumeAt - Date.now()));
    return () => {
      clearTimeout(timer);
    };
  }, [resumeAt]);

  if (restored && !run && created) {
    return (
      <SpaceBetween size="l">
        <PageTitle />
        <Alert
          type="info"
          header={`This creation link already created ${created.domainName} (${created.domainNameId})`}
          action={<InternalLink href={domainHref(created.domainName, created.domainNameId)}>View domain</InternalLink>}
        >
          The wizard’s progress is kept in the browser tab that ran it; resume there, or finish the remaining settings
          (mappings, policies, sharing) on the domain page. Starting over here could create a second domain.
        </Alert>
      </SpaceBetween>
    );
  }

  if (run) {
    return (
      <SpaceBetween size="l">
        <PageTitle />
        <CreationProgress
          steps={run.steps}
          runs={run.runs}
          domain={run.domain}
          running={running}
          onResume={() => void execute(run.steps, run.runs)}
        />
      </SpaceBetween>
    );
  }

  const reviewReady = review.status === 'ready' && Object.keys(review.result.fieldErrors).length === 0;
  const props = { draft, update, errors, options };
  return (
    <Wizard
      activeStepIndex={active}
      onNavigate={({ detail }) => navigate(detail.requestedStepIndex)}
      onCancel={() => router.push('/domains')}
      onSubmit={() => {
        if (review.status !== 'ready' || !mutate.allowed) return;
        if (reviewReady) void execute(review.result.plan.steps);
        else jumpToErrors(review.result.fieldErrors);
      }}
      isLoadingNextStep={running}
      submitButtonText="Create"
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        skipToButtonLabel: (step) => `Skip to ${step.title}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        { title: 'Name and certificate', content: <WizardNameStep {...props} /> },
        { title: 'Access policy', content: <WizardAccessStep {...props} /> },
        {
          title: 'Base path mappings',
          content: <WizardMappingsStep {...props} stages={stages} loadStages={loadStages} />,
        },
        { title: 'Sharing', isOptional: true, content: <WizardSharingStep {...props} /> },
        {
          title: 'Review and create',
          description: `Creates the domain and everything above in one run, in ${options.accountId ? `account ${options.accountId}` : 'this account'} and ${options.region}. A run that stops half-way can be resumed without creating a second domain.`,
          content: (
            <SpaceBetween size="l">
              {!mutate.allowed && (
                <Alert type="info" header="You cannot create domains here">
                  {mutate.reason}
                </Alert>
              )}
              <WizardReviewStep
                review={review}
                onGoToField={(f) =>
                  jumpToErrors({ [f]: errors[f] ?? (review.status === 'ready' ? review.result.fieldErrors[f] : '') })
                }
              />
              <ExportButton
                what={`the plan for ${draft.domainName}`}
                buttonText="Export instead of creating"
                targets={[{ label: 'Plan', href: `/domains/new/export?plan=${encodePlanParam(draft)}` }]}
              />
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
