import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { KindBadges, ReportBadges } from './badges';

afterEach(cleanup);

describe("the badges of a report's kind", () => {
  const report = fixtureDataset().reportById.get('370829-2023')!;

  it('mark a related report with its kind wherever its number appears, and a rule-of-law report with none', () => {
    const { rerender } = render(
      <ReportBadges report={{ ...report, documentKind: 'justice_bureau_summary', bodyKind: 'department', body: '嘉祥县司法局' }} />,
    );
    expect(screen.getByTestId('document-kind-badge')).toHaveTextContent('司法局工作总结');
    expect(screen.getByTestId('document-kind-badge')).toHaveAttribute('title', expect.stringContaining('只与同类报告比较'));
    expect(screen.getByText('部门报告')).toBeInTheDocument();
    rerender(<KindBadges report={report} />);
    expect(screen.queryByTestId('document-kind-badge')).toBeNull();
    rerender(<KindBadges report={{ ...report, documentKind: 'reconsideration_report' }} />);
    expect(screen.getByTestId('document-kind-badge')).toHaveTextContent('行政复议报告');
  });
});
