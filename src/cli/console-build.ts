import { runMain } from '../config';
import { buildConsole } from '../console/build';

// `npm run console:build`: the console into dist/console; fails when its first load is over budget.
runMain(() => buildConsole((line) => console.log(line)));
