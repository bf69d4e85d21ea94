import { type PinyinApi, romanizePlace } from './pinyin';
import { useTranslate } from './use-translate';

/**
 * A place's name as reports write it; in the English interface, its pinyin beside it ("芙蓉区
 * Furong Qu") once pinyin has loaded (`pinyin` is null until then, and the name shows alone).
 */
export function PlaceName({ name, pinyin }: { name: string; pinyin: PinyinApi | null }) {
  const { lang } = useTranslate();
  if (lang !== 'en' || !pinyin || !/[\u4e00-\u9fff]/.test(name)) return <>{name}</>;
  return (
    <>
      <span lang="zh-CN">{name}</span>{' '}
      <span className="pinyin" lang="zh-Latn-pinyin">
        {romanizePlace(name, pinyin)}
      </span>
    </>
  );
}
