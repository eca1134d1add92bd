// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

import type { RedirectionStatusCode, SdkOperationName, SealAlgorithm } from "../../value-lists.js";

/**
 * An interfaceVersion of paymentTokenInitialize: "IR_MB_" followed by a version number.
 * Recommended: IR_MB_2.55.
 */
export type PaymentTokenInitializeInterfaceVersion = `IR_MB_${number}.${number}`;

/**
 * Request of paymentTokenInitialize: Initialize a payment token generation kinematic with “Sogenactif In-App”.
 *
 * POST https://office-server.sogenactif.com/rs-services/v2/tokenInApp/paymentTokenInitialize
 */
export interface PaymentTokenInitializeRequest {
  /**
   * Version of the interface used. It is composed of a prefix that varies according to the function used and a version number (e.g. IR_WS_2.47).
   * Please refer to the function page for the value to use. Use the latest interface version number.
   *
   * Presence: required.
   * Values: {@link InterfaceVersionPrefix} (prefixes).
   *
   * @since 2.37
   */
  interfaceVersion: PaymentTokenInitializeInterfaceVersion;
  /**
   * Version of the merchant’s secret key used to calculate the imprint of the message (key stored by the merchant to verify the imprint of the automatic and manual notifications).
   *
   * Presence: required.
   * Format: N10 (digits, at most 10).
   *
   * Note: Sent as a JSON number, as Worldline's Java SDK does (Integer keyVersion).
   *
   * @since 2.37
   */
  keyVersion: number;
  /**
   * Identifier of the shop, this value is provided to the merchant by Sogenactif during the shop registration.
   *
   * Presence: required.
   * Format: N15 (digits, at most 15).
   *
   * @since 2.37
   */
  merchantId: string;
  /**
   * In the context of Sogenactif In-App (example: mobile application), indicates at the time of the phase initialization, the name of the operation that was chosens (example: card payment).
   *
   * Presence: required.
   * Values: {@link SdkOperationName}.
   *
   * @since 2.37
   */
  sdkOperationName: SdkOperationName;
  /**
   * Version of the SDK used for a payment or operation Sogenactif In-App (Eg. 2.0.4)
   *
   * Presence: required.
   *
   * @since 2.37
   */
  sdkVersion: string;
  /**
   * Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.
   *
   * Presence: required.
   *
   * @since 2.37
   */
  seal: string;
  /**
   * Buyer’s IP address.
   *
   * Presence: optional.
   *
   * @since 2.37
   */
  customerIpAddress?: string;
  /**
   * Identifier of the Service used by the merchant for the exchanges with the Sogenactif platform.
   *
   * Presence: optional.
   *
   * @since 2.37
   */
  intermediateServiceProviderId?: string;
  /**
   * Algorithm applied to calculate the seal encryption.
   *
   * Presence: optional.
   * Values: {@link SealAlgorithm}.
   *
   * Note: Optional in every message, HMAC-SHA-256 applying when it is absent (the Sips seal rule).
   *
   * @since 2.37
   */
  sealAlgorithm?: SealAlgorithm;
}

/**
 * Response of paymentTokenInitialize: Initialize a payment token generation kinematic with “Sogenactif In-App”.
 *
 * POST https://office-server.sogenactif.com/rs-services/v2/tokenInApp/paymentTokenInitialize
 */
export interface PaymentTokenInitializeResponse {
  /**
   * Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.
   *
   * Presence: required.
   *
   * @since 1.0
   */
  seal: string;
  /**
   * In the context of a payment via Sogenactif In-App, value of the public key that Sogenactif sent to merchant in the response of initialisation in order to encrypt the card data that the merchant will send to Sogenactif.
   *
   * Presence: optional.
   *
   * @since 1.0
   */
  publicKeyValue?: string;
  /**
   * Response code returned by Sogenactif when redirecting (e.g. redirecting to the ACS, to Sogenactif server…). Indicates whether redirecting is possible or not.
   *
   * Presence: optional.
   * Values: {@link RedirectionStatusCode}.
   *
   * @since 1.0
   */
  redirectionStatusCode?: RedirectionStatusCode | (string & {});
  /**
   * Additional information that is returned with redirectionStatusCode.
   *
   * Presence: optional.
   *
   * @since 1.0
   */
  redirectionStatusMessage?: string;
  /**
   * In case of an enrollment check, contains the redirection URL to the ACS required for the cardholder authentication. In case of Sogenactif In-App payment, contains the URL of the next request. In case of 3-D Secure Standalone, contains the redirection URL to the ACS required for the cardholder authentication.
   *
   * Presence: optional.
   *
   * @since 1.0
   */
  redirectionUrl?: string;
  /**
   * Version of the redirection message.
   *
   * Presence: optional.
   *
   * @since 1.0
   */
  redirectionVersion?: string;
}
