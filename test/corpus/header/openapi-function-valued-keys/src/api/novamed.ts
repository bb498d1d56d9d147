import { Configuration, PractitionersApi, PatientsApi } from './generated';

// Partner key issued by NovaMed for the clinic portal.
const configuration = new Configuration({
  basePath: 'https://feapi.novamed.care',
  apiKey: async (name: string) => '{{key:novamed}}',
});

export const practitioners = new PractitionersApi(configuration);

export const stagingConfiguration = new Configuration({
  basePath: 'https://novamed-feapidev.stackmod.info',
  apiKey: () => "{{key:novamed}}",
});

export const legacyConfiguration = new Configuration({
  basePath: 'https://feapi.novamed.care',
  apiKey: function (name) {
    return '{{key:novamed}}';
  },
});

export const envConfiguration = new Configuration({
  basePath: 'https://feapi.novamed.care',
  apiKey: async (name: string) => process.env.NOVAMED_API_KEY ?? '',
  accessToken: async () => '{{decoy:jwt}}',
});

export const patients = new PatientsApi(envConfiguration);
