/** The numbers every page carries. `display` keeps a no-break space so "114 14" never splits. */
export const emergencyNumbers = [
  { dial: '112', display: '112', labelKey: 'emergency.112' },
  { dial: '1177', display: '1177', labelKey: 'emergency.1177' },
  { dial: '11414', display: '114\u00a014', labelKey: 'emergency.11414' },
] as const;
