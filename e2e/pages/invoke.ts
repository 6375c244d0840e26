import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './hydration';
import { switchContext, type ContextLabel } from './shell';

/** What the client calls: a private API's stage, or a private domain's base path. */
export type InvokeTarget = { api: string; stage: string } | { domain: { name: string; id: string }; basePath: string };

/** The client situation and request, as /invoke's link carries them (every field optional: the page has defaults). */
export interface InvokeSituation {
  /** The owner of another account's API, when the link names it. */
  apiAccount?: string;
  vpce?: string;
  from?: 'vpc' | 'onprem' | 'internet';
  dns?: 'custom';
  resolver?: '0' | '1';
  client?: 'browser';
  origin?: string;
  auth?: 'none' | 'iam' | 'cognito' | 'token' | 'request';
  identity?: string;
  apiKey?: '1';
  method?: string;
  path?: string;
  query?: string;
  header?: string;
  body?: string;
}

/** The link's search parameters for a target and situation. */
export function invokeQuery(target: InvokeTarget, situation: InvokeSituation = {}): Record<string, string> {
  const what: Record<string, string> =
    'api' in target
      ? { target: 'api', api: target.api, stage: target.stage }
      : { target: 'domain', domain: target.domain.name, domainId: target.domain.id, basePath: target.basePath };
  const defined = Object.entries(situation).filter((e): e is [string, string] => e[1] !== undefined);
  return { ...what, ...Object.fromEntries(defined) };
}

/** The invoke answer, as /invoke and every Invoke tab render it: the overview of forms, then each form's details. */
export class InvokeAnswer {
  constructor(readonly page: Page) {}

  get overview(): Locator {
    return this.page.getByRole('table', { name: 'Invoke forms' });
  }

  /** The overview row of form `id` (A1–A4, B1, B2): title, status, URL and headers. */
  row(id: string): Locator {
    return this.overview.getByRole('row', { name: new RegExp(`^${id} · `) });
  }

  /** The expandable details of form `id`. */
  form(id: string): Locator {
    return this.page.getByTestId(`invoke-form-${id}`);
  }

  /** Opens form `id` from the overview, as an operator does. */
  async open(id: string): Promise<void> {
    await this.row(id).getByRole('link').click();
  }

  snippet(formId: string, tool: string): Locator {
    return this.form(formId).getByRole('region', { name: `${tool} snippet for ${formId}` });
  }

  /** The tools form `id` has snippets for, in tab order (once the form is open). */
  async snippetTools(formId: string): Promise<string[]> {
    await expect(this.form(formId).getByRole('tab').first()).toBeVisible();
    return this.form(formId).getByRole('tab').allTextContents();
  }

  async selectSnippetTab(formId: string, tool: string): Promise<void> {
    await this.form(formId).getByRole('tab', { name: tool, exact: true }).click();
  }

  /** Copies a snippet with its copy button and returns what landed on the clipboard. */
  async copySnippet(formId: string, tool: string): Promise<string> {
    await this.form(formId)
      .getByRole('button', { name: `Copy ${tool} snippet for ${formId}` })
      .click();
    await expect(this.form(formId).getByText(`${tool} snippet copied`)).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  snippetWarning(formId: string): Locator {
    return this.page.getByTestId(`snippet-warning-${formId}`);
  }

  notApplicable(formId: string): Locator {
    return this.page.getByTestId(`not-applicable-${formId}`);
  }

  /** What a browser does with the request on form `id` (preflight, and what the API lacks). */
  cors(formId: string): Locator {
    return this.page.getByTestId(`cors-${formId}`);
  }

  /** The form's URL on each zonal endpoint name. */
  zonal(formId: string): Locator {
    return this.page.getByTestId(`zonal-${formId}`);
  }

  /** Where the method's authorization came from (read, chosen, or not known). */
  get methodAuthorization(): Locator {
    return this.page.getByTestId('method-authorization');
  }

  prerequisites(formId: string): Locator {
    return this.form(formId).getByRole('table', { name: `Prerequisites of ${formId}` });
  }
}

type TextField = 'Base path' | 'Path' | 'Query string' | 'Headers' | 'Body' | 'Page origin' | 'Identity sources';

/** /invoke: the client situation form, the link it keeps, and the answer below. */
export class InvokePage {
  readonly answer: InvokeAnswer;

  constructor(readonly page: Page) {
    this.answer = new InvokeAnswer(page);
  }

  /** Opens /invoke with the given search parameters (a link as an operator would share it). */
  async goto(params: Record<string, string> | string = ''): Promise<void> {
    const search = typeof params === 'string' ? params : new URLSearchParams(params).toString();
    await this.page.goto(`/invoke${search ? `?${search}` : ''}`);
  }

  /**
   * Opens the answer for `target` in `situation` as an operator of account context `as` (switched through the
   * header on a bare /invoke first; the console opens in the Provider context).
   */
  async open(as: ContextLabel, target: InvokeTarget, situation: InvokeSituation = {}): Promise<void> {
    if (as !== 'Provider') {
      await this.goto();
      await switchContext(this.page, as);
    }
    await this.goto(invokeQuery(target, situation));
  }

  /** Opens /invoke in account context `as` and picks target kind and domain in the form, as an operator does. */
  async pickSharedDomain(as: ContextLabel, domain: { name: string; id: string }, owner: string): Promise<void> {
    await this.goto();
    if (as !== 'Provider') await switchContext(this.page, as);
    await expect(this.heading).toBeVisible({ timeout: 60_000 });
    await this.targetKind('Private custom domain');
    await this.chooseSharedDomain(domain.name, owner);
    await this.applied(new RegExp(`domainId=${domain.id}`));
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Invoke URLs', level: 1 });
  }

  /** Why there is no answer for the selection (a read that failed, a target in another Region, …). */
  get answerError(): Locator {
    return this.page.getByTestId('section-error').filter({ hasText: 'Invoke answer:' });
  }

  get linkErrors(): Locator {
    return this.page.getByTestId('link-errors');
  }

  textbox(name: TextField): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  async targetKind(kind: 'Private REST API' | 'Private custom domain'): Promise<void> {
    await this.page.getByRole('button', { name: kind, exact: true }).click();
  }

  /** Picks an option of the Cloudscape select labelled `label`. */
  async choose(label: string, option: RegExp): Promise<void> {
    await chooseOption(
      this.page.getByRole('button', { name: new RegExp(`^${label}`) }),
      this.page.getByRole('option', { name: option }),
    );
  }

  /** Picks a domain another account shares with this one. */
  async chooseSharedDomain(name: string, owner: string): Promise<void> {
    await this.choose('Private custom domain Choose a private domain', sharedDomainOption(name, owner));
  }

  /** Types into a text field and applies it with Enter. */
  async enter(name: Exclude<TextField, 'Headers' | 'Body'>, value: string): Promise<void> {
    await this.textbox(name).fill(value);
    await this.textbox(name).press('Enter');
  }

  /** Names another account's API by id in the form (owner and stage typed), then applies it. */
  async apiById(id: string, owner: string, stage: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Call another account’s API by id' }).click();
    await this.page.getByRole('textbox', { name: 'REST API id' }).fill(id);
    await this.page.getByRole('textbox', { name: 'Owner account' }).fill(owner);
    await this.page.getByRole('textbox', { name: 'Stage', exact: true }).fill(stage);
    await this.page.getByRole('button', { name: 'Use this API' }).click();
  }

  /** Waits until the page's link (the applied selection) matches `pattern`: the answer below is for it. */
  async applied(pattern: RegExp): Promise<void> {
    await expect(this.page).toHaveURL(pattern, { timeout: 60_000 });
  }

  async update(): Promise<void> {
    await this.page.getByRole('button', { name: 'Update answer' }).click();
  }

  get keepSecretsOutOfLink(): Locator {
    return this.page.getByRole('checkbox', { name: /Keep secret header values out of the link/ });
  }

  /** Copies the link to this answer and returns it. */
  async copyLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Copy link to this answer' }).click();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The page's own address, decoded: what a browser history or a proxy log keeps. */
  currentLink(): string {
    return decodeURIComponent(this.page.url().replace(/\+/g, ' '));
  }
}

function sharedDomainOption(name: string, owner: string): RegExp {
  return new RegExp(`${name.replace(/\./g, '\\.')}.*shared by ${owner}`);
}
