// The benchmarked messages as a zod 4 user would write them by hand (zod's
// fromJSONSchema does not take the version rule's if/then), with the same rules.
import * as z from "zod";
import {
  REDIRECTION_STATUS_CODE_VALUES,
  SDK_OPERATION_NAME_VALUES,
  SEAL_ALGORITHM_VALUES,
  WALLET_RESPONSE_CODE_VALUES,
} from "../../generated/index.js";

const values = <T extends string>(list: readonly { value: T }[]) => list.map((v) => v.value) as [T, ...T[]];
const version = /^IR_MB_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;
const digits = (max: number) =>
  z
    .string()
    .regex(/^[0-9]*$/)
    .max(max);

export const zodRequest = z
  .strictObject({
    interfaceVersion: z.string().regex(version),
    keyVersion: z.int().min(0).max(9_999_999_999),
    merchantId: digits(15),
    sdkOperationName: z.enum(values(SDK_OPERATION_NAME_VALUES)),
    sdkVersion: z.string(),
    seal: z.string(),
    customerIpAddress: z.string().optional(),
    intermediateServiceProviderId: z.string().optional(),
    sealAlgorithm: z.enum(values(SEAL_ALGORITHM_VALUES)).optional(),
  })
  .superRefine((message, ctx) => {
    // Every field of this request appeared in 2.37.
    const match = version.exec(message.interfaceVersion);
    if (match && Number(match[1]) * 10000 + Number(match[2]) < 20037) {
      for (const key of Object.keys(message))
        ctx.addIssue({ code: "custom", path: [key], message: "appeared in 2.37" });
    }
  });

export const zodResponse = z.strictObject({
  seal: z.string(),
  publicKeyValue: z.string().optional(),
  redirectionStatusCode: z.enum(values(REDIRECTION_STATUS_CODE_VALUES)).optional(),
  redirectionStatusMessage: z.string().optional(),
  redirectionUrl: z.string().optional(),
  redirectionVersion: z.string().optional(),
});

const zodMean = z.strictObject({
  maskedPan: z.string().optional(),
  panExpiryDate: digits(6).optional(),
  paymentMeanAlias: z.string().optional(),
  paymentMeanBrand: z
    .string()
    .regex(/^[\x20-\x7E]*$/)
    .max(20)
    .optional(),
  paymentMeanBrandCobadgedList: z.string().optional(),
  paymentMeanId: z.string().optional(),
  transactionActors: z.string().optional(),
});

export const zodWallet = z.strictObject({
  seal: z.string(),
  errorFieldName: z.string().optional(),
  walletCreationDateTime: z.string().optional(),
  walletLastActionDateTime: z.string().optional(),
  walletPaymentMeanDataList: z.array(zodMean).optional(),
  walletResponseCode: z.enum(values(WALLET_RESPONSE_CODE_VALUES)).optional(),
});
