import { Command } from 'commander';
import { describe, expect, it } from 'vitest';

import { parseCommand } from './parse-command';

describe('parseCommand', () => {
  const program = () => new Command().name('probe').option('--n <n>', 'a number').version('1.0.0');
  const quiet = () => {
    const written: string[] = [];
    return { written, output: { writeOut: (text: string) => written.push(text), writeErr: (text: string) => written.push(text) } };
  };

  it('returns null when the command should run, with its options parsed', () => {
    const command = program();
    expect(parseCommand(command, ['--n', '3'], quiet().output)).toBeNull();
    expect(command.opts()).toEqual({ n: '3' });
  });

  it('ends 0 after help or version, having printed them', () => {
    for (const flag of ['--help', '--version']) {
      const { written, output } = quiet();
      expect(parseCommand(program(), [flag], output), flag).toBe(0);
      expect(written.join(''), flag).toMatch(flag === '--help' ? /Usage: probe/ : /1\.0\.0/);
    }
  });

  it('ends 2 on a usage error, having said what it was', () => {
    const { written, output } = quiet();
    expect(parseCommand(program(), ['--no-such-option'], output)).toBe(2);
    expect(written.join('')).toMatch(/unknown option '--no-such-option'/);
  });
});
