// Generated from spec/operations/in-app/walletInitialize.yaml by `npm run generate`. Do not edit.

import type { RedirectionStatusCode, SdkOperationName, SealAlgorithm } from "../../value-lists.js";

/**
 * An interfaceVersion of walletInitialize: "IR_MB_" followed by a version number.
 * No recommended version is publicly documented.
 */
export type WalletInitializeInterfaceVersion = `IR_MB_${number}.${number}`;

/**
 * Request of walletInitialize: Initialize a wallet operation with Sogenactif In-App.
 *
 * POST https://office-server.sogenactif.com/rs-services/v2/walletInApp/walletInitialize
 *
 * Note: No recommended interface version is publicly documented for this operation.
 *
 * Source: No documentation page of this operation was available. The request fields are those of Worldline's public In-App material; the response has the shape of the other In-App initializations.
 *
 * Source: Presence and interface versions are not publicly documented except where given; they are marked undocumented, and such fields are validated as optional and allowed in every version.
 */
export interface WalletInitializeRequest {
  /**
   * Version of the interface used. It is composed of a prefix that varies according to the function used and a version number (e.g. IR_WS_2.47).
   * Please refer to the function page for the value to use. Use the latest interface version number.
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   * Values: {@link InterfaceVersionPrefix} (prefixes).
   */
  interfaceVersion: WalletInitializeInterfaceVersion;
  /**
   * Version of the merchant’s secret key used to calculate the imprint of the message (key stored by the merchant to verify the imprint of the automatic and manual notifications).
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   * Format: N10 (digits, at most 10).
   *
   * Note: Sent as a JSON number, as Worldline's Java SDK does (Integer keyVersion).
   */
  keyVersion: number;
  /**
   * Identifier of the shop, this value is provided to the merchant by Sogenactif during the shop registration.
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   * Format: N15 (digits, at most 15).
   */
  merchantId: string;
  /**
   * Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   */
  seal: string;
  /**
   * Algorithm applied to calculate the seal encryption.
   *
   * Presence: optional.
   * Interface version in which it appeared: not publicly documented.
   * Values: {@link SealAlgorithm}.
   *
   * Note: Optional in every message, HMAC-SHA-256 applying when it is absent (the Sips seal rule).
   */
  sealAlgorithm?: SealAlgorithm;
  /**
   * Identifier of the buyer's wallet in the merchant's information system.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   *
   * Note: Named in Worldline's public samples for wallet operations; its format is not publicly documented.
   */
  merchantWalletId?: string;
  /**
   * In the context of Sogenactif In-App (example: mobile application), indicates at the time of the phase initialization, the name of the operation that was chosens (example: card payment).
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   * Values: {@link SdkOperationName}.
   */
  sdkOperationName?: SdkOperationName;
  /**
   * Version of the SDK used for a payment or operation Sogenactif In-App (Eg. 2.0.4)
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  sdkVersion?: string;
}

/**
 * Response of walletInitialize: Initialize a wallet operation with Sogenactif In-App.
 *
 * POST https://office-server.sogenactif.com/rs-services/v2/walletInApp/walletInitialize
 *
 * Note: No recommended interface version is publicly documented for this operation.
 *
 * Source: No documentation page of this operation was available. The request fields are those of Worldline's public In-App material; the response has the shape of the other In-App initializations.
 *
 * Source: Presence and interface versions are not publicly documented except where given; they are marked undocumented, and such fields are validated as optional and allowed in every version.
 */
export interface WalletInitializeResponse {
  /**
   * Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   */
  seal: string;
  /**
   * In the context of a payment via Sogenactif In-App, value of the public key that Sogenactif sent to merchant in the response of initialisation in order to encrypt the card data that the merchant will send to Sogenactif.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  publicKeyValue?: string;
  /**
   * Data returned at initialization that the In-App SDK sends with the next request to redirectionUrl.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   *
   * Note: Described from the In-App flow (Worldline's samples); no data-dictionary entry was available.
   */
  redirectionData?: string;
  /**
   * Response code returned by Sogenactif when redirecting (e.g. redirecting to the ACS, to Sogenactif server…). Indicates whether redirecting is possible or not.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   * Values: {@link RedirectionStatusCode}.
   */
  redirectionStatusCode?: RedirectionStatusCode | (string & {});
  /**
   * Additional information that is returned with redirectionStatusCode.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  redirectionStatusMessage?: string;
  /**
   * In case of an enrollment check, contains the redirection URL to the ACS required for the cardholder authentication. In case of Sogenactif In-App payment, contains the URL of the next request. In case of 3-D Secure Standalone, contains the redirection URL to the ACS required for the cardholder authentication.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  redirectionUrl?: string;
  /**
   * Version of the redirection message.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  redirectionVersion?: string;
}
