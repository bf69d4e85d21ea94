import { uiStore } from '../../state/ui-store';
import { type PinyinApi, romanizePlace } from '../i18n/pinyin';
import { useTranslate } from '../i18n/use-translate';
import { StateLink } from '../page/StateLink';

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
      to={{ view: 'profile', report: profileOf, extraction: null, source: null }}
      // Read when followed (see SourceButton): no subscription per name for an action.
      onNavigate={() => uiStore.getState().openProfile(profileOf)}
      className="place-profile-link"
    >
      {shown}
    </StateLink>
  );
}
