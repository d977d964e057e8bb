
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's3f721bfc8e2c5df9': `Problema de configuración (para quien edita el sitio). Se usan valores predeterminados donde hace falta:`,
's582ecf3fd9cb932a': `Tratamiento ambulatorio (OP)`,
's6005454862b164f6': `Tratamiento ambulatorio de alta intensidad (también llamado hospitalización parcial o programa de día)`,
's63c3041553583355': `Tratamiento residencial (vivir en el programa)`,
's8d08e594fa432616': `Tratamiento ambulatorio intensivo (IOP)`,
's96c9699c5f922217': `Ayuda temprana`,
'sb0d3dd20ecb1311a': `Algo salió mal con esta herramienta. Aun así, puede recibir ayuda ahora:`,
'sb3b8a3eab28e1273': `Atención hospitalaria (médicos y enfermeras de día y de noche)`,
'sd6213f27fffa77cb': `Por ahora no se sugiere un programa de tratamiento`,
'sdca7508472216857': `Atención de emergencia ahora`,
    };
  