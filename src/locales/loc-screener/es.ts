
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's1d70e676e652999e': `No se pudieron cargar las preguntas. Revise su conexión y presione Empezar otra vez. Aun así, puede pedir ayuda ahora:`,
's2064b49a544e073c': `Esto no es un diagnóstico. Es un punto de partida para hablar con un profesional.`,
's3f3537001ca94b53': `Privado: sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.`,
's69d1e774f434bf75': `¿Está ayudando a otra persona? Conteste por esa persona.`,
's6aac971180aad6d8': `¿Qué tipo de atención podría ayudar?`,
's8f2ec521c1f2818b': `Conteste unas preguntas cortas para saber por qué nivel de atención preguntar. Toma unos 3 minutos.`,
'sae1c7f13b7c0c47f': `Empezar`,
'sba53934705eabc43': str`Compartido por ${0}.`,
    };
  