"use strict";(self.webpackChunkportal=self.webpackChunkportal||[]).push([[792],{1:(e,t,n)=>{const o="{{key:maxai-dev policies=key-in-client-bundle}}";n.d(t,{k:()=>o})}}]);
