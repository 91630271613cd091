import { readChat } from './dialogs/understanding/conversation';
import { actModel, sureAct } from './dialogs/understanding/actModel';
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(readChat(q, {})), JSON.stringify(sureAct(actModel()!, q)));
