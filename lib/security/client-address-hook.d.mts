import type { IncomingMessage, RequestListener } from "node:http";
import type { z } from "zod";

export declare const CLIENT_ADDRESS_HEADER: "x-certdash-client-address";
export declare const trustedProxyHops: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
export declare function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string;
export declare function withClientAddress<R extends typeof IncomingMessage>(
  listener: RequestListener<R>,
  hops: number,
): RequestListener<R>;
export declare function installClientAddressHook(hops: number): void;
