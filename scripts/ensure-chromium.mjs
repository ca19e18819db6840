// Browser tests drive Debian's Chromium: browser downloads by test tools cannot reach their servers here,
// so `pnpm test` installs the distribution's package when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = '/usr/bin/chromium';

if (existsSync(chromium)) process.exit(0);

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error('Install it by hand with `apt-get update && apt-get install -y chromium`, then run the tests again.');
  process.exit(1);
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

if (process.platform !== 'linux' || !onPath('apt-get')) {
  fail(`${chromium} is missing and this is not a Debian-like system with apt-get.`);
}

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root && !onPath('sudo')) fail(`${chromium} is missing, and installing it needs root or sudo.`);
const prefix = root ? [] : ['sudo'];

function run(args) {
  const [command, ...rest] = [...prefix, ...args];
  console.log(`ensure-chromium: ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`\`${args.join(' ')}\` exited with ${result.status ?? result.signal}.`);
}

console.log(`ensure-chromium: ${chromium} is missing; installing Debian's chromium package.`);
run(['apt-get', 'update']);
run(['apt-get', 'install', '-y', 'chromium']);
if (!existsSync(chromium)) fail(`the chromium package installed, but ${chromium} is still missing.`);
console.log(`ensure-chromium: ${chromium} installed.`);
