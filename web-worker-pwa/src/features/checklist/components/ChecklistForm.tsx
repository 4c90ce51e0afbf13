import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ApiError } from '@gmp/web-shared/client';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/messages';
import { uuidV4 } from '@/lib/uuid';
import type { Submission } from '@gmp/web-shared/api';
import type { ChecklistItem, ChecklistTemplate } from '../api/get-template';
import { SubmissionQueued, useSubmitChecklist } from '../api/submit-checklist';
import type { AnswerAgain } from '../lib/again';
import {
  activeItems,
  buildPayload,
  countAnswered,
  errorsFromDetails,
  isTemplateMismatch,
  validateAll,
  validateItem,
  type FieldErrors,
  type FormValue,
  type FormValues,
} from '../lib/answers';
import { NumberField } from './NumberField';
import { YesNoField } from './YesNoField';

export interface PhotoFieldProps {
  item: ChecklistItem;
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  /** The uploaded image key, or undefined while there is none. */
  onChange: (imageKey: string | undefined) => void;
  onBusyChange: (busy: boolean) => void;
}

interface Props {
  template: ChecklistTemplate;
  onSubmitted: (submission: Submission) => void;
  /** The form's send is under way (the checklist is in the outbox meanwhile, see outbox.ts). */
  onSendingChange?: (sending: boolean) => void;
  /** The server has a newer template than the one on screen. */
  onTemplateStale?: () => void;
  /** Renders a photo item (the wound-photo feature, composed in by the app). */
  renderPhoto: (props: PhotoFieldProps) => ReactNode;
  /** "Fixed it — check again": the earlier answers kept, the form opened at the first item to fix. */
  again?: AnswerAgain | null;
}

const TEMPLATE_STALE = new Set(['TEMPLATE_MISMATCH', 'TEMPLATE_VERSION_MISMATCH', 'TEMPLATE_CHANGED']);
const KNOWN_CATEGORIES = new Set(['symptom', 'wound', 'hygiene']);

function categoryTitle(category: string | undefined): MessageKey | undefined {
  const c = category?.toLowerCase().replace(/s$/, '');
  return c && KNOWN_CATEGORIES.has(c) ? (`checklist.category.${c}` as MessageKey) : undefined;
}

/** Groups consecutive items of one category, keeping the template's order. */
function sections(items: ChecklistItem[]) {
  const out: { category?: string; items: ChecklistItem[] }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.category === item.category) last.items.push(item);
    else out.push({ category: item.category, items: [item] });
  }
  return out;
}

export function ChecklistForm({ template, onSubmitted, onSendingChange, onTemplateStale, renderPhoto, again }: Props) {
  const { t, loc } = useI18n();
  const [values, setValues] = useState<FormValues>(() => again?.values ?? {});
  const toFix = useMemo(() => new Set(again?.fixItemIds ?? []), [again]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showSummary, setShowSummary] = useState(false);
  const [busyPhotos, setBusyPhotos] = useState<Record<string, boolean>>({});
  // One id per attempt: a retry after a lost reply reuses it, so the server returns the first
  // verdict instead of recording a second submission. Changing an answer starts a new attempt.
  const attemptId = useRef(uuidV4());
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useSubmitChecklist();

  const visible = useMemo(() => activeItems(template, values), [template, values]);
  const { done, total } = countAnswered(template, values);
  const uploading = Object.values(busyPhotos).some(Boolean);
  const serverFlaggedItems =
    mutation.error instanceof ApiError &&
    mutation.error.status === 400 &&
    Object.keys(errorsFromDetails(template, mutation.error.details)).length > 0;

  // Open at the first item to fix: one tap, not the whole list again.
  useEffect(() => {
    const first = again?.fixItemIds.find((id) => template.items.some((i) => i.id === id));
    if (!first) return;
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>(`[data-item="${first}"]`);
      el?.scrollIntoView?.({ block: 'center' });
      el?.querySelector<HTMLElement>('input, button, [tabindex="0"]')?.focus({ preventScroll: true });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form opens
  }, []);

  useEffect(() => onSendingChange?.(mutation.isPending), [mutation.isPending, onSendingChange]);

  useEffect(() => {
    const error = mutation.error;
    if (error instanceof ApiError && (TEMPLATE_STALE.has(error.code) || isTemplateMismatch(error.details))) {
      onTemplateStale?.();
    }
  }, [mutation.error, onTemplateStale]);

  function setValue(item: ChecklistItem, value: FormValue | undefined) {
    attemptId.current = uuidV4();
    setValues((prev) => {
      const next = { ...prev, [item.id]: value };
      // Re-check an item already flagged, so its message goes away as soon as it is fixed.
      setErrors((prevErrors) => {
        if (!prevErrors[item.id]) return prevErrors;
        const rest = { ...prevErrors };
        const error = validateItem(item, next);
        if (error) rest[item.id] = error;
        else delete rest[item.id];
        return rest;
      });
      return next;
    });
  }

  function focusFirstError(found: FieldErrors) {
    const first = visible.find((i) => found[i.id]);
    if (!first) return;
    // After React has painted the messages.
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>(`[data-item="${first.id}"]`);
      el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      el?.querySelector<HTMLElement>('input, button, [tabindex="0"]')?.focus({ preventScroll: true });
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (uploading || mutation.isPending) return;
    const found = validateAll(template, values);
    setErrors(found);
    setShowSummary(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    mutation.mutate(buildPayload(template, values, attemptId.current), {
      onSuccess: onSubmitted,
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.details.length > 0) {
          const fromServer = errorsFromDetails(template, error.details);
          if (Object.keys(fromServer).length > 0) {
            setErrors(fromServer);
            focusFirstError(fromServer);
          }
        }
      },
    });
  }

  function renderItem(item: ChecklistItem) {
    const labelId = `q-${item.id}-label`;
    const helpId = item.help ? `q-${item.id}-help` : undefined;
    const error = errors[item.id];
    const errorId = error ? `q-${item.id}-error` : undefined;
    const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
    const inputId = `q-${item.id}-input`;
    const value = values[item.id];
    const unitHint =
      item.type === 'number' && item.min !== undefined && item.max !== undefined
        ? ` (${item.min}–${item.max}${item.unit ?? ''})`
        : '';

    return (
      <div
        key={item.id}
        className={`question${error ? ' question--invalid' : ''}${toFix.has(item.id) ? ' question--fix' : ''}`}
        data-item={item.id}
        data-testid={`item-${item.id}`}
        data-fix={toFix.has(item.id) ? 'true' : undefined}
      >
        {toFix.has(item.id) && (
          <p className="question__fix" data-testid={`item-${item.id}-fix`}>
            {t('checklist.fixThis')}
          </p>
        )}
        {item.type === 'boolean' ? (
          <p className="question__label" id={labelId}>
            {loc(item.label)}
          </p>
        ) : (
          <label className="question__label" id={labelId} htmlFor={inputId}>
            {loc(item.label)}
            <span className="visually-hidden">{unitHint}</span>
          </label>
        )}
        {item.help && (
          <p className="question__help" id={helpId}>
            {loc(item.help)}
          </p>
        )}
        {item.type === 'boolean' && (
          <YesNoField
            itemId={item.id}
            labelledBy={labelId}
            describedBy={describedBy}
            value={typeof value === 'boolean' ? value : undefined}
            invalid={!!error}
            onChange={(v) => setValue(item, v)}
          />
        )}
        {item.type === 'number' && (
          <NumberField
            itemId={item.id}
            inputId={inputId}
            describedBy={describedBy}
            value={typeof value === 'string' ? value : ''}
            unit={item.unit}
            invalid={!!error}
            onChange={(v) => setValue(item, v)}
          />
        )}
        {item.type === 'photo' &&
          renderPhoto({
            item,
            inputId,
            describedBy,
            invalid: !!error,
            onChange: (key) => setValue(item, key),
            onBusyChange: (busy) => setBusyPhotos((prev) => ({ ...prev, [item.id]: busy })),
          })}
        {error && (
          <p className="question__error" id={errorId} data-testid={`item-${item.id}-error`}>
            <span aria-hidden="true">⚠ </span>
            {error.text ? loc(error.text) : t(error.key, error.vars)}
          </p>
        )}
      </div>
    );
  }

  return (
    <form ref={formRef} className="checklist" onSubmit={submit} noValidate>
      {sections(visible).map((section, index) => {
        const title = categoryTitle(section.category);
        return (
          <section key={`${section.category ?? 'none'}-${index}`} className="checklist__section">
            {title && <h2 className="checklist__section-title">{t(title)}</h2>}
            {section.items.map(renderItem)}
          </section>
        );
      })}

      <div className="submit-bar">
        {(showSummary || serverFlaggedItems) && Object.keys(errors).length > 0 && (
          <div className="alert alert--error" role="alert" data-testid="checklist-errors">
            <p>{t('checklist.fixErrors')}</p>
          </div>
        )}
        {/* a checklist kept for later is shown by the screen around the form (QueuedSubmissionCard) */}
        {mutation.error && !serverFlaggedItems && !(mutation.error instanceof SubmissionQueued) && (
          <ErrorAlert error={mutation.error} testId="submit-error" />
        )}
        <div className="submit-bar__row">
          <span className="submit-bar__progress" aria-live="polite">
            {uploading ? t('checklist.photoUploading') : t('checklist.progress', { done, total })}
          </span>
          <button
            type="submit"
            className="btn btn--primary"
            data-testid="submit-checklist"
            disabled={mutation.isPending || uploading}
          >
            {mutation.isPending ? t('checklist.submitting') : t('checklist.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
