
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's206cb0c88946f673': `Ayuda en una crisis`,
's268f3d9f359e98a0': `Ayuda por envenenamiento`,
's3f721bfc8e2c5df9': `Problema de configuración (para quien edita el sitio). Se usan valores predeterminados donde hace falta:`,
's582ecf3fd9cb932a': `Tratamiento ambulatorio (OP)`,
's6005454862b164f6': `Tratamiento ambulatorio de alta intensidad (también llamado hospitalización parcial o programa de día)`,
's63c3041553583355': `Tratamiento residencial (vivir en el programa)`,
's6ba764d35c63c271': `Enviar texto al 988`,
's7aceb98a5f2d729a': `Busque programas cerca de usted:`,
's8d08e594fa432616': `Tratamiento ambulatorio intensivo (IOP)`,
's962f1f213f83f345': `¿Está en crisis o pensando en el suicidio? Llame al 988 (oprima 2 para español) o envíe un texto al 988.`,
's96c9699c5f922217': `Ayuda temprana`,
'sb0d3dd20ecb1311a': `Algo salió mal con esta herramienta. Aun así, puede recibir ayuda ahora:`,
'sb3b8a3eab28e1273': `Atención hospitalaria (médicos y enfermeras de día y de noche)`,
'sc155ab555da42c3f': `¿Hay peligro ahora? Llame al 911.`,
'sd6213f27fffa77cb': `Por ahora no se sugiere un programa de tratamiento`,
'sdca7508472216857': `Atención de emergencia ahora`,
'se0799de4a9897143': `Línea Nacional de Ayuda de SAMHSA. Es gratis y privada. Atiende 24/7, en inglés y en español:`,
'se696b3ac231c9a9c': `Llamar al 911`,
'se6ae36ac23305816': `Llamar al 988`,
    };
  