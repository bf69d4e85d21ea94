import { uiStore } from '../../state/ui-store';
import type { UiState } from '../../state/url-state';
import { type PinyinApi, romanizePlace } from '../i18n/pinyin';
import { useTranslate } from '../i18n/use-translate';
import { StateLink } from '../page/StateLink';

/** What every link to a profile changes besides the report: a `DeferredLinkBase`'s `over` for a list of them. */
export const PROFILE_LINKS: Partial<UiState> = { view: 'profile', extraction: null, source: null };

/**
 * A place's name as reports write it; in the English interface, its pinyin beside it ("芙蓉区
 * Furong Qu") once pinyin has loaded (`pinyin` is null until then, and the name shows alone).
 * With `profileOf` (one of the place's reports), the name is a link to the place's profile across
 * the years, that report's kind followed and its year marked.
 */
export function PlaceName({ name, pinyin, profileOf = null }: { name: string; pinyin: PinyinApi | null; profileOf?: string | null }) {
  const { lang } = useTranslate();
  const shown =
    lang !== 'en' || !pinyin || !/[\u4e00-\u9fff]/.test(name) ? (
      <>{name}</>
    ) : (
      <>
        <span lang="zh-CN">{name}</span>{' '}
        <span className="pinyin" lang="zh-Latn-pinyin">
          {romanizePlace(name, pinyin)}
        </span>
      </>
    );
  if (profileOf === null) return shown;
  return (
    <StateLink
      to={{ ...PROFILE_LINKS, report: profileOf }}
      // Read when followed (see SourceButton): no subscription per name for an action.
      onNavigate={() => uiStore.getState().openProfile(profileOf)}
      className="place-profile-link"
    >
      {shown}
    </StateLink>
  );
}
