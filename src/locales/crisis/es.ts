
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's206cb0c88946f673': `Ayuda en una crisis`,
's268f3d9f359e98a0': `Ayuda por envenenamiento`,
's6ba764d35c63c271': `Enviar texto al 988`,
's7aceb98a5f2d729a': `Busque programas cerca de usted:`,
's962f1f213f83f345': `¿Está en crisis o pensando en el suicidio? Llame al 988 (oprima 2 para español) o envíe un texto al 988.`,
'sc155ab555da42c3f': `¿Hay peligro ahora? Llame al 911.`,
'se0799de4a9897143': `Línea Nacional de Ayuda de SAMHSA. Es gratis y privada. Atiende 24/7, en inglés y en español:`,
'se696b3ac231c9a9c': `Llamar al 911`,
'se6ae36ac23305816': `Llamar al 988`,
    };
  