import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// One wink instance per process: loading the model costs ~100 ms.
let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, process.env.WINK_PIPE ? process.env.WINK_PIPE.split(',') : ['sbd', 'pos']);
  return instance;
}
