// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

import type { OperationDescriptor } from "../../runtime/descriptor.js";
import {
  INTERFACE_VERSION_PREFIX_VALUES,
  REDIRECTION_STATUS_CODE_VALUES,
  SDK_OPERATION_NAME_VALUES,
  SEAL_ALGORITHM_VALUES,
} from "../../value-lists.js";
import {
  PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS,
  PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS,
  paymentTokenInitializeRequestSealingString,
  paymentTokenInitializeResponseSealingString,
  sealPaymentTokenInitializeRequest,
  sealPaymentTokenInitializeResponse,
  verifyPaymentTokenInitializeRequest,
  verifyPaymentTokenInitializeResponse,
} from "./seal.js";
import type { PaymentTokenInitializeRequest, PaymentTokenInitializeResponse } from "./types.js";
import {
  isPaymentTokenInitializeRequest,
  isPaymentTokenInitializeResponse,
  validatePaymentTokenInitializeRequest,
  validatePaymentTokenInitializeResponse,
} from "./validators.js";

/** Initialize a payment token generation kinematic with “Sogenactif In-App”. */
export const paymentTokenInitialize: OperationDescriptor<
  PaymentTokenInitializeRequest,
  PaymentTokenInitializeResponse
> = {
  name: "paymentTokenInitialize",
  summary: "Initialize a payment token generation kinematic with “Sogenactif In-App”.",
  family: "In-App",
  method: "POST",
  endpoints: {
    prod: "https://office-server.sogenactif.com/rs-services/v2/tokenInApp/paymentTokenInitialize",
    test: "https://office-server-sogenactif.test.sips-services.com/rs-services/v2/tokenInApp/paymentTokenInitialize",
  },
  interfaceVersion: { prefix: "IR_MB_", recommended: "IR_MB_2.55" },
  request: {
    name: "PaymentTokenInitializeRequest",
    fields: [
      {
        name: "interfaceVersion",
        presence: "required",
        condition: null,
        since: "2.37",
        type: "interfaceVersion",
        description:
          "Version of the interface used. It is composed of a prefix that varies according to the function used and a version number (e.g. IR_WS_2.47).\nPlease refer to the function page for the value to use. Use the latest interface version number.",
        valueList: { name: "interfaceVersionPrefix", match: "prefix", values: INTERFACE_VERSION_PREFIX_VALUES },
      },
      {
        name: "keyVersion",
        presence: "required",
        condition: null,
        since: "2.37",
        type: "integer",
        description:
          "Version of the merchant’s secret key used to calculate the imprint of the message (key stored by the merchant to verify the imprint of the automatic and manual notifications).",
        valueList: null,
      },
      {
        name: "merchantId",
        presence: "required",
        condition: null,
        since: "2.37",
        type: "string",
        description:
          "Identifier of the shop, this value is provided to the merchant by Sogenactif during the shop registration.",
        valueList: null,
      },
      {
        name: "sdkOperationName",
        presence: "required",
        condition: null,
        since: "2.37",
        type: "string",
        description:
          "In the context of Sogenactif In-App (example: mobile application), indicates at the time of the phase initialization, the name of the operation that was chosens (example: card payment).",
        valueList: { name: "sdkOperationName", match: "exact", values: SDK_OPERATION_NAME_VALUES },
      },
      {
        name: "sdkVersion",
        presence: "required",
        condition: null,
        since: "2.37",
        type: "string",
        description: "Version of the SDK used for a payment or operation Sogenactif In-App (Eg. 2.0.4)",
        valueList: null,
      },
      {
        name: "seal",
        presence: "required",
        condition: null,
        since: "2.37",
        type: "string",
        description:
          "Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.",
        valueList: null,
      },
      {
        name: "customerIpAddress",
        presence: "optional",
        condition: null,
        since: "2.37",
        type: "string",
        description: "Buyer’s IP address.",
        valueList: null,
      },
      {
        name: "intermediateServiceProviderId",
        presence: "optional",
        condition: null,
        since: "2.37",
        type: "string",
        description: "Identifier of the Service used by the merchant for the exchanges with the Sogenactif platform.",
        valueList: null,
      },
      {
        name: "sealAlgorithm",
        presence: "optional",
        condition: null,
        since: "2.37",
        type: "string",
        description: "Algorithm applied to calculate the seal encryption.",
        valueList: { name: "sealAlgorithm", match: "exact", values: SEAL_ALGORITHM_VALUES },
      },
    ],
    sealFields: PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS,
    validate: validatePaymentTokenInitializeRequest,
    is: isPaymentTokenInitializeRequest,
    sealingString: paymentTokenInitializeRequestSealingString,
    seal: sealPaymentTokenInitializeRequest,
    verify: verifyPaymentTokenInitializeRequest,
  },
  response: {
    name: "PaymentTokenInitializeResponse",
    fields: [
      {
        name: "seal",
        presence: "required",
        condition: null,
        since: "1.0",
        type: "string",
        description:
          "Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.",
        valueList: null,
      },
      {
        name: "publicKeyValue",
        presence: "optional",
        condition: null,
        since: "1.0",
        type: "string",
        description:
          "In the context of a payment via Sogenactif In-App, value of the public key that Sogenactif sent to merchant in the response of initialisation in order to encrypt the card data that the merchant will send to Sogenactif.",
        valueList: null,
      },
      {
        name: "redirectionStatusCode",
        presence: "optional",
        condition: null,
        since: "1.0",
        type: "string",
        description:
          "Response code returned by Sogenactif when redirecting (e.g. redirecting to the ACS, to Sogenactif server…). Indicates whether redirecting is possible or not.",
        valueList: { name: "redirectionStatusCode", match: "exact", values: REDIRECTION_STATUS_CODE_VALUES },
      },
      {
        name: "redirectionStatusMessage",
        presence: "optional",
        condition: null,
        since: "1.0",
        type: "string",
        description: "Additional information that is returned with redirectionStatusCode.",
        valueList: null,
      },
      {
        name: "redirectionUrl",
        presence: "optional",
        condition: null,
        since: "1.0",
        type: "string",
        description:
          "In case of an enrollment check, contains the redirection URL to the ACS required for the cardholder authentication. In case of Sogenactif In-App payment, contains the URL of the next request. In case of 3-D Secure Standalone, contains the redirection URL to the ACS required for the cardholder authentication.",
        valueList: null,
      },
      {
        name: "redirectionVersion",
        presence: "optional",
        condition: null,
        since: "1.0",
        type: "string",
        description: "Version of the redirection message.",
        valueList: null,
      },
    ],
    sealFields: PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS,
    validate: validatePaymentTokenInitializeResponse,
    is: isPaymentTokenInitializeResponse,
    sealingString: paymentTokenInitializeResponseSealingString,
    seal: sealPaymentTokenInitializeResponse,
    verify: verifyPaymentTokenInitializeResponse,
  },
};
