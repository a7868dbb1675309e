/** Whether this browser can give MapLibre 6 what it needs: a WebGL2 context. */
export function hasWebGL2(doc: Document = document): boolean {
	try {
		const canvas = doc.createElement('canvas');
		const gl = canvas.getContext('webgl2');
		const ok = !!gl;
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
		return ok;
	} catch {
		return false;
	}
}
