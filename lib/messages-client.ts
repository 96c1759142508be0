/**
 * Typed sends for the content script's start-up path. The valibot schemas in lib/messages.ts are where messages
 * are received and checked (the background); importing only the types here keeps them out of the start-up bundle.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messages';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
