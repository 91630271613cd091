import { AT_ROOT, understand, namesTopic } from './dialogs/understanding/pipeline';
import { knowledge } from './tests/dialogs/transcript';
const kb = knowledge();
for (const q of process.argv.slice(2)) console.log(q, '=>', JSON.stringify(understand(q, AT_ROOT, kb)), 'topic:', namesTopic(kb, q));
