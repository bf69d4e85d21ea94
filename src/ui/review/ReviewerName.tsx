import { useId, useState } from 'react';

import { saveReviewerName, useReviewerName } from '../../state/reviewer-name';
import { registerMessages } from '../i18n/i18n';
import { reviewMessages } from '../i18n/messages/review';
import { useTranslate } from '../i18n/use-translate';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

/**
 * Who is reviewing: asked once (a name field and a button), then shown with a button to change
 * it. Review controls stay out of reach until a name is given: every decision is signed.
 */
export function ReviewerName() {
  const { t } = useTranslate();
  const name = useReviewerName();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const id = useId();
  if (name && !editing) {
    return (
      <p className="reviewer-name" data-testid="reviewer-name">
        {t('review.reviewerIs', { name })}{' '}
        <button
          type="button"
          className="link-button small"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          {t('review.nameChange')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="review-box reviewer-form"
      data-testid="reviewer-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.trim()) return;
        saveReviewerName(draft);
        setEditing(false);
      }}
    >
      <p>{t('review.namePrompt')}</p>
      <div className="review-actions">
        <label htmlFor={id}>{t('review.nameLabel')}</label>
        <input id={id} value={draft} onChange={(event) => setDraft(event.target.value)} autoComplete="name" required maxLength={60} />
        <button type="submit">{t('review.nameSave')}</button>
      </div>
    </form>
  );
}
