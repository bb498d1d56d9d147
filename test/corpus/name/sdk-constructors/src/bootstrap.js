import { NovaMed } from '@clinic/novamed-sdk';
import { MaiAgent } from '@clinic/maiagent-sdk';

export const novamed = new NovaMed('{{key:novamed}}');
export const staging = new NovaMed('https://novamed-feapidev.stackmod.info/v1');
export const assistant = MaiAgent.create("{{key:maiagent}}");
