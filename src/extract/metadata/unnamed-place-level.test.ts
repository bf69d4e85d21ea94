/** The level of a report that never names its own place, told by how it speaks of its own work. */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

describe('the level of a report naming no place of its own', () => {
  it('is 县 for a summary that says 全县', () => {
    const md = extractMetadata(
      '现将2022年工作完成情况和2023年工作思路汇报如下:\n一、2022年重点工作完成情况\n(一)深化普法宣传。全县开展法治宣传活动120场次,举办法治讲座30场。\n(二)化解矛盾纠纷。全县各级调委会调解纠纷512件。\n',
    );
    expect(md.jurisdiction).toBeNull();
    expect(md.level?.value).toBe('县');
  });

  it('is 县 for reconsideration statistics whose respondents are 县政府部门', () => {
    const md = extractMetadata(
      '一、案件办理情况\n2023年新受理行政复议案件88件,已办结案件80件。\n二、被申请人构成情况\n新受理的行政复议88件中,被申请人为县政府部门的案件数量为70件,乡镇政府18件。\n',
    );
    expect(md.level?.value).toBe('县');
  });

  it('is 区 for 全区 beside 区委 or 区政府, and nothing for a zone that says only 全区', () => {
    const district = extractMetadata('2023年,在区委、区政府的坚强领导下,全区法治政府建设扎实推进,全区新收行政复议案件40件。\n');
    expect(district.level?.value).toBe('区');
    const zone = extractMetadata(
      '2023年,在市委、市政府的坚强领导下,度假岛紧紧围绕中心工作,全区法治政府工作扎实有序推进,全区新收行政复议案件4件。\n',
    );
    expect(zone.level).toBeNull();
  });

  it('is the level of the committee and government a department answers to, the lowest it names', () => {
    const district = extractMetadata(
      '2022年,我局法治建设工作坚持以习近平法治思想为指引,严格落实区委区政府及省市局的部署要求,推进依法行政。\n',
    );
    expect(district.level?.value).toBe('区');
    const county = extractMetadata('2023年,在县委、县政府的正确领导下,我局深入推进法治政府建设,全面落实行政执法三项制度。\n');
    expect(county.level?.value).toBe('县');
    const banner = extractMetadata('2024年,我局认真贯彻落实自治区党委政府、盟委行署和旗委旗政府决策部署,扎实推进依法行政。\n');
    expect(banner.level?.value).toBe('旗');
    const underHigher = extractMetadata('2021年,我委坚决落实省委省政府、市委市政府和区委、区政府各项部署,推进法治政府建设。\n');
    expect(underHigher.level?.value).toBe('区');
  });

  it('a town that names its county’s committee and government stays a town', () => {
    const town = extractMetadata('2023年,在县委县政府的坚强领导下,我镇深入推进法治政府建设,全镇调解纠纷85件。\n');
    expect(town.level?.value).toBe('镇');
  });
});
