// Nightly sync: MaiAgent conversations to the CRM
import { MaiAgent } from '@maiagent/sdk';
import Airtable from 'airtable';

const token = '{{decoy:maiagent-opaque}}';
const base = new Airtable({ apiKey: token }).base('appClinicCrm');

const apiKey = '{{key:maiagent-opaque}}';
const mai = new MaiAgent({ apiKey });
