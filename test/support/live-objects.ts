// How many objects with a given prototype are reachable, now: asked of V8
// through the inspector, which collects all garbage first. It holds no weak
// reference (a WeakRef keeps its target to the end of the job that made or
// read it, so what it tells depends on where job boundaries fall), and it
// answers synchronously, in the middle of a stage.
import { Session } from "node:inspector";

export interface LiveObjects {
  /**
   * The objects reachable now whose prototype chain holds `prototype`: each one's `label` property, sorted, so that
   * a count that is wrong tells which objects it found.
   */
  labels(prototype: object): string[];
  disconnect(): void;
}

const GROUP = "live-objects";
/** Where the prototype asked about waits for the inspector to fetch it, for the time of one count. */
const HOLDER = "__liveObjectsPrototype";

export function liveObjects(): LiveObjects {
  const session = new Session();
  session.connect();
  // Same-thread sessions answer within post: the callback has run when it returns.
  const post = <T>(method: string, params: object): T => {
    let answer: { error: Error | null; result?: T } | undefined;
    session.post(method, params, (error, result) => {
      answer = { error, result: result as T };
    });
    if (!answer) throw new Error(`${method}: no synchronous answer`);
    if (answer.error) throw answer.error;
    return answer.result as T;
  };
  return {
    labels(prototype) {
      const global = globalThis as Record<string, unknown>;
      global[HOLDER] = prototype;
      try {
        type Remote = { result: { objectId: string; value?: unknown } };
        const { result: proto } = post<Remote>("Runtime.evaluate", {
          expression: `globalThis.${HOLDER}`,
          objectGroup: GROUP,
        });
        const { objects } = post<{ objects: { objectId: string } }>("Runtime.queryObjects", {
          prototypeObjectId: proto.objectId,
          objectGroup: GROUP,
        });
        const { result } = post<Remote>("Runtime.callFunctionOn", {
          objectId: objects.objectId,
          functionDeclaration: "function () { return this.map((object) => String(object.label)).sort(); }",
          returnByValue: true,
        });
        return result.value as string[];
      } finally {
        delete global[HOLDER];
        post("Runtime.releaseObjectGroup", { objectGroup: GROUP });
      }
    },
    disconnect: () => session.disconnect(),
  };
}
