package dev.codebasemcp.application.archfixture;

/** Breaks the bootstrap-only library rule on purpose: the ONNX runtime stays in bootstrap. */
public class ApplicationClassUsingTheOnnxRuntime {

    public Object environment() {
        return ai.onnxruntime.OrtEnvironment.getEnvironment();
    }
}
