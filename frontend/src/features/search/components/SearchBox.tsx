import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SearchIcon } from '../../../components/icons';
import { LIMITS } from '../../../lib/limits';
import { paths } from '../../../lib/paths';

interface SearchBoxProps {
  initial?: string;
  autoFocus?: boolean;
  /** The header's compact form. */
  compact?: boolean;
}

/** Words or a #hashtag; goes to the results page (a plain form, so it works before scripts too). */
export function SearchBox({ initial = '', autoFocus, compact }: SearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = value.trim();
    // On a phone the header shows only the button: it opens the search page, whose box is wide.
    if (query || compact) navigate(paths.search(query || undefined));
  };

  return (
    <form role="search" action="/search" method="get" className={compact ? 'search-box search-box--compact' : 'search-box'} onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        className="field__control search-box__input"
        placeholder={t('search.placeholder')}
        value={value}
        maxLength={LIMITS.searchQuery.max}
        autoFocus={autoFocus}
        enterKeyHint="search"
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="icon-button search-box__submit" aria-label={t('search.submit')}>
        <SearchIcon width={18} height={18} />
      </button>
    </form>
  );
}
