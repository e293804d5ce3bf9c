// Modal inputs whose block_id is the domain field path ("email", "address.city"), so a domain InvalidInput
// naming fields maps straight back onto the modal as response_action: errors.
import type { InputBlock, KnownBlock } from '@slack/types';
import { formLabel, INPUT_FIELDS, type InputField } from '../../../domain/clients/client-forms';
import type { FieldIssue } from '../../../errors';
import { clip } from '../mrkdwn';

export type FieldSpec = { field: string; label: string; optional?: boolean; multiline?: boolean; placeholder?: string; maxLength?: number; hint?: string };

export function textInput(spec: FieldSpec, initial?: string | number | null): InputBlock {
  return {
    type: 'input',
    block_id: spec.field,
    optional: spec.optional ?? true,
    label: { type: 'plain_text', text: clip(spec.label, 2000) },
    ...(spec.hint ? { hint: { type: 'plain_text', text: clip(spec.hint, 2000) } } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: spec.multiline ?? false,
      max_length: spec.maxLength ?? 500,
      ...(initial !== null && initial !== undefined && initial !== '' ? { initial_value: String(initial) } : {}),
      ...(spec.placeholder ? { placeholder: { type: 'plain_text', text: spec.placeholder } } : {}),
    },
  };
}

/** A client field's input, as the model describes it: a select of its options, or a text input with its label and limits. */
export function modelInput(f: InputField, initial?: string | number | null, opts: { optional?: boolean; label?: string } = {}): InputBlock {
  const label = opts.label ?? formLabel(f);
  if (f.input.kind === 'select' && f.input.options) {
    const options = f.input.options.map((o) => ({ text: { type: 'plain_text' as const, text: clip(o, 75) }, value: o }));
    const chosen = options.find((o) => o.value === initial);
    return {
      type: 'input', block_id: f.input.path, optional: opts.optional ?? true, label: { type: 'plain_text', text: clip(label, 2000) },
      element: { type: 'static_select', action_id: 'value', options, ...(chosen ? { initial_option: chosen } : {}) },
    };
  }
  const placeholder = f.input.placeholder ?? (f.input.kind === 'date' ? 'YYYY-MM-DD' : undefined);
  return textInput({ field: f.input.path, label, optional: opts.optional, maxLength: f.input.max, placeholder, hint: f.input.help }, initial);
}

type StateValue = { type?: string; value?: string | null; selected_option?: { value: string } | null; selected_options?: Array<{ value: string }> };
export type ViewState = { values?: Record<string, Record<string, StateValue>> };

/** Field path -> trimmed text (empty inputs omitted); checkbox groups -> the chosen option values joined by commas. */
export function readValues(state: ViewState | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actionsById] of Object.entries(state?.values ?? {})) {
    for (const v of Object.values(actionsById)) {
      const raw = v.value ?? v.selected_option?.value ?? (v.selected_options ? v.selected_options.map((o) => o.value).join(',') : null);
      if (typeof raw === 'string' && raw.trim() !== '') out[blockId] = raw.trim();
    }
  }
  return out;
}

/** A client form's text for the fields whose tools take a number (a value typed '5,000' or '5000'), read by the
 *  field's own domain schema: the number the verb would have read, or its words for why not ('must be a number').
 *  A spoken field ("net 30" payment terms) stays text: its tool takes words and the domain reads them. */
export function readNumbers(values: Record<string, string>): { values: Record<string, string | number>; issues: FieldIssue[] } {
  const out: Record<string, string | number> = { ...values };
  const issues: FieldIssue[] = [];
  for (const f of INPUT_FIELDS) {
    const text = values[f.input.path];
    if (f.input.kind !== 'number' || f.tool?.spoken || text === undefined) continue;
    const r = f.input.schema.safeParse(text);
    if (!r.success) issues.push({ field: f.input.path, message: r.error.issues[0]?.message ?? 'must be a number' });
    else if (typeof r.data === 'number') out[f.input.path] = r.data;
  }
  return { values: out, issues };
}

/** Turns flat field paths into a nested input ({ "address.city": "Berlin" } -> { address: { city: "Berlin" } }). */
export function nest(values: Record<string, string | number | boolean>): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (const [path, value] of Object.entries(values)) {
    const parts = path.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts[parts.length - 1]] = value;
  }
  return out;
}

/** Domain field issues -> { block_id: message }, each on the input it names (or the first input). */
export function fieldErrors(issues: FieldIssue[], blocks: KnownBlock[]): Record<string, string> {
  const ids = blocks.filter((b): b is InputBlock => b.type === 'input').map((b) => b.block_id as string);
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const target = ids.find((id) => id === issue.field) ?? ids.find((id) => id.startsWith(`${issue.field}.`) || issue.field.startsWith(`${id}.`)) ?? ids[0];
    if (target) errors[target] = errors[target] ? `${errors[target]} ${issue.message}` : issue.message;
  }
  return errors;
}
