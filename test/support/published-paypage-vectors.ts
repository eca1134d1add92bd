// Paypage POST forms published by public Sips integrations, with their keys: the data, keys and seals are facts
// copied from the projects named beside each one. The simulation shop's key (002001000000001_KEY1) is the public
// test key; the others are test keys of those projects' own.
import type { Fields } from "./paypage-messages.js";

export interface Vector {
  readonly source: string;
  readonly key: string;
  readonly form: Readonly<Record<string, string>>;
  /** Fields the decoded response must hold, typed. */
  readonly want: Fields;
}

// worldline/sips-sdk-java payment-sdk/src/test/java/com/worldline/sips/api/PaypageClientTest.java
// (the same three in worldline/sips-sdk-nodejs test/PaypageClient.test.js): SHA-256, the simulation shop's key.
const worldline = (data: string, seal: string, want: Fields): Vector => ({
  source: "worldline/sips-sdk-java PaypageClientTest",
  key: "002001000000001_KEY1",
  form: { Data: data, Seal: seal, InterfaceVersion: "HP_2.0" },
  want,
});

export const VECTORS: readonly Vector[] = [
  worldline(
    "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=00|transactionDateTime=2018-02-06T07:54:23+01:00|transactionReference=b4fb98a9c2c|keyVersion=1|acquirerResponseCode=00|amount=2|authorisationId=12345|guaranteeIndicator=Y|cardCSCResultCode=4D|panExpiryDate=201902|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=194.78.195.168|maskedPan=4500#############01|holderAuthentRelegation=N|holderAuthentStatus=3D_SUCCESS|tokenPan=g011040a730424d1ba6|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT",
    "56bddfce68695b9b8a9de51c426aae31bb303fb15570f343975eaa3bd33c8c59",
    { responseCode: "00", amount: 2, captureDay: 0, keyVersion: 1, maskedPan: "4500#############01" },
  ),
  worldline(
    "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=17|transactionDateTime=2018-02-06T07:43:55+01:00|transactionReference=e1445438c15|keyVersion=1|amount=2|customerIpAddress=194.78.195.168|paymentPattern=ONE_SHOT",
    "8f488030781e3196726ce0658dbc26f19781f7c7fbe212b39d63d3f4d1d77301",
    { responseCode: "17", transactionReference: "e1445438c15" },
  ),
  worldline(
    "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=05|transactionDateTime=2018-02-06T07:50:34+01:00|transactionReference=8bd59312ff4|keyVersion=1|amount=2|guaranteeIndicator=N|panExpiryDate=201803|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=194.78.195.168|maskedPan=4500#############01|holderAuthentRelegation=N|holderAuthentStatus=3D_FAILURE|tokenPan=g011040a730424d1ba6|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT",
    "e8c5bf4551ec60ce9b8ece6a98bdb1b5fde511539a391bc4ba314aaeac93b5be",
    { responseCode: "05", holderAuthentStatus: "3D_FAILURE" },
  ),
  {
    // odoo/odoo addons/payment_sips/tests/common.py: SHA-256 with the test acquirer's sips_secret; values with
    // spaces, a JSON returnContext, Sips's "null" for fields without a value, and Odoo's own locale field.
    source: "odoo/odoo payment_sips tests",
    key: "dummy_secret",
    form: {
      Data: 'captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=840|merchantId=002001000000001|orderChannel=INTERNET|responseCode=00|transactionDateTime=2022-01-19T18:01:06+01:00|transactionReference=Test Transaction|keyVersion=1|acquirerResponseCode=00|amount=10000|authorisationId=12345|guaranteeIndicator=Y|cardCSCResultCode=4D|panExpiryDate=202201|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=111.11.111.11|maskedPan=4100##########00|returnContext={"reference": "Test Transaction"}|holderAuthentRelegation=N|holderAuthentStatus=3D_SUCCESS|tokenPan=dp528b9xwknujmkw|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT|customerMobilePhone=null|mandateAuthentMethod=null|mandateUsage=null|transactionActors=null|mandateId=null|captureLimitDate=20220119|dccStatus=null|dccResponseCode=null|dccAmount=null|dccCurrencyCode=null|dccExchangeRate=null|dccExchangeRateValidity=null|dccProvider=null|statementReference=tx20220119170050|panEntryMode=MANUAL|walletType=null|holderAuthentMethod=NOT_SPECIFIED',
      Encode: "",
      InterfaceVersion: "HP_2.4",
      Seal: "8a4c1f8b268832600a7bf40ddaa5d487f07d61dea81b8119ab8bab3c8a0861f3",
      locale: "en",
    },
    want: {
      transactionReference: "Test Transaction",
      returnContext: '{"reference": "Test Transaction"}',
      amount: 10000,
      currencyCode: "840",
    },
  },
  {
    // stefantalen/OmniKassa tests/stefantalen/OmniKassa/OmniKassaResponseTest.php (Rabobank OmniKassa runs on Sips, HP_1.0).
    source: "stefantalen/OmniKassa OmniKassaResponseTest, accepted",
    key: "002020000000001_KEY1",
    form: {
      Data: "amount=55|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=20140924024207|transactionDateTime=2014-09-24T14:43:31+02:00|transactionReference=201409240242071|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=00",
      Seal: "0c4979ac014c5d816f3287d461c9c572872a30de9da280b24ba6e3f8a776917e",
      InterfaceVersion: "HP_1.0",
      Encode: "",
    },
    want: { amount: 55, orderId: "20140924024207", responseCode: "00" },
  },
  {
    source: "stefantalen/OmniKassa OmniKassaResponseTest, cancelled",
    key: "002020000000001_KEY1",
    form: {
      Data: "amount=200|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=20140925015352|transactionDateTime=2014-09-25T13:54:14+02:00|transactionReference=201409250153521|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=17",
      Seal: "6d05142a2a153ac147bdaeb20427eb985495c42eb3839a1d431cc0c97154c8df",
      InterfaceVersion: "HP_1.0",
      Encode: "",
    },
    want: { amount: 200, responseCode: "17" },
  },
  {
    // tijmenb/omnikassa spec/lib/response_spec.rb: orderId=null, Sips's text for a field without a value.
    source: "tijmenb/omnikassa response_spec",
    key: "002020000000001_KEY1",
    form: {
      Data: "amount=1234|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=null|transactionDateTime=2012-05-04T15:52:56+02:00|transactionReference=23233|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=00",
      InterfaceVersion: "HP_1.0",
      Encode: "",
      Seal: "296db7c33289d142e3246b5e0cb3dd02168e1d73497974f90db20dd8a399754e",
    },
    want: { amount: 1234, transactionReference: "23233" },
  },
];
