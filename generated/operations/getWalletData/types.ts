// Generated from spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

import type { WalletPaymentMeanData } from "../../containers/types.js";
import type { SealAlgorithm, WalletResponseCode } from "../../value-lists.js";

/**
 * An interfaceVersion of getWalletData: "WR_WS_" followed by a version number.
 * No recommended version is publicly documented.
 */
export type GetWalletDataInterfaceVersion = `WR_WS_${number}.${number}`;

/**
 * Request of getWalletData: Read the content of a buyer's wallet (Sogenactif Office Serveur, wallet functions).
 *
 * POST https://office-server.sogenactif.com/rs-services/v2/wallet/getWalletData
 *
 * Note: No recommended interface version is publicly documented; WR_WS_2.27 is seen in public samples.
 *
 * Source: No documentation page of this operation was available. Fields are those listed for wallet/getWalletData in public Sips material and modelled by Worldline's Java SDK (office-sdk GetWalletDataResponse and WalletPaymentMeanData), with the Sips data dictionary's formats.
 *
 * Source: Presence and interface versions are not publicly documented except where given; they are marked undocumented, and such fields are validated as optional and allowed in every version.
 */
export interface GetWalletDataRequest {
  /**
   * Version of the interface used. It is composed of a prefix that varies according to the function used and a version number (e.g. IR_WS_2.47).
   * Please refer to the function page for the value to use. Use the latest interface version number.
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   * Values: {@link InterfaceVersionPrefix} (prefixes).
   */
  interfaceVersion: GetWalletDataInterfaceVersion;
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
   * Identifier of the Service used by the merchant for the exchanges with the Sogenactif platform.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  intermediateServiceProviderId?: string;
  /**
   * Identifier of the buyer's wallet in the merchant's information system.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   *
   * Note: Named in Worldline's public samples for wallet operations; its format is not publicly documented.
   */
  merchantWalletId?: string;
}

/**
 * Response of getWalletData: Read the content of a buyer's wallet (Sogenactif Office Serveur, wallet functions).
 *
 * POST https://office-server.sogenactif.com/rs-services/v2/wallet/getWalletData
 *
 * Note: No recommended interface version is publicly documented; WR_WS_2.27 is seen in public samples.
 *
 * Source: No documentation page of this operation was available. Fields are those listed for wallet/getWalletData in public Sips material and modelled by Worldline's Java SDK (office-sdk GetWalletDataResponse and WalletPaymentMeanData), with the Sips data dictionary's formats.
 *
 * Source: Presence and interface versions are not publicly documented except where given; they are marked undocumented, and such fields are validated as optional and allowed in every version.
 */
export interface GetWalletDataResponse {
  /**
   * Message seal used to ensure the integrity of the request and the authentication of sender / receiver of the message.
   *
   * Presence: required.
   * Interface version in which it appeared: not publicly documented.
   */
  seal: string;
  /**
   * Name of the request field that is in error, when the response code says a field is wrong.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  errorFieldName?: string;
  /**
   * Date and time the wallet was created.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   *
   * Note: An ISO 8601 date and time with offset (OffsetDateTime in Worldline's Java SDK).
   */
  walletCreationDateTime?: string;
  /**
   * Date and time of the last action on the wallet.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   *
   * Note: An ISO 8601 date and time with offset (OffsetDateTime in Worldline's Java SDK).
   */
  walletLastActionDateTime?: string;
  /**
   * The payment means stored in the wallet, one container each.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   */
  walletPaymentMeanDataList?: WalletPaymentMeanData[];
  /**
   * Response code of the wallet operation.
   *
   * Presence: not publicly documented.
   * Interface version in which it appeared: not publicly documented.
   * Values: {@link WalletResponseCode}.
   */
  walletResponseCode?: WalletResponseCode | (string & {});
}
