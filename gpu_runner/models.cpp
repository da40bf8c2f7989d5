// The classifiers patagon-train can train: a small CNN, a ResNet-9 and a ResNet-18.
#include "models.h"

#include <torch/torch.h>

#include <stdexcept>

namespace F = torch::nn::functional;

ConvBnReluImpl::ConvBnReluImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, bool relu)
    : m_relu(relu)
{
    // no conv bias: the batch norm that follows has its own
    m_conv = register_module("conv",
                             torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                   .stride(stride)
                                                   .padding(kernel / 2)
                                                   .bias(false)));
    m_bn = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvBnReluImpl::forward(torch::Tensor x)
{
    x = m_bn(m_conv(x));
    // in place: batch norm's backward needs its input, not its output
    return m_relu ? x.relu_() : x;
}

SmallCnnImpl::SmallCnnImpl(const ModelShape &shape)
{
    // the ReLU follows the pooling (below): the same function, on a quarter of the values
    m_conv1 = register_module("conv1", ConvBnRelu(shape.channels, 32, 3, 1, false));
    m_conv2 = register_module("conv2", ConvBnRelu(32, 64, 3, 1, false));
    m_fc1 = register_module("fc1", torch::nn::Linear(64 * 7 * 7, 128));
    m_fc2 = register_module("fc2", torch::nn::Linear(128, shape.classes));
}

torch::Tensor SmallCnnImpl::forward(torch::Tensor x)
{
    // max pooling and ReLU commute; pooling first leaves a quarter of the values to rectify
    x = F::max_pool2d(m_conv1(x), F::MaxPool2dFuncOptions(2)).relu_();
    x = F::max_pool2d(m_conv2(x), F::MaxPool2dFuncOptions(2)).relu_();
    // a fixed 7x7 grid makes the head independent of the input size; 28x28 inputs arrive as
    // 7x7 already, and skipping the identity pooling saves a copy each way
    if (x.size(2) != 7 || x.size(3) != 7)
        x = F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({7, 7}));
    x = m_fc1(x.flatten(1)).relu_();
    return m_fc2(x);
}

ResidualImpl::ResidualImpl(int64_t channels)
{
    m_a = register_module("a", ConvBnRelu(channels, channels));
    m_b = register_module("b", ConvBnRelu(channels, channels));
}

torch::Tensor ResidualImpl::forward(torch::Tensor x)
{
    return x + m_b(m_a(x));
}

ResNet9Impl::ResNet9Impl(const ModelShape &shape)
{
    m_prep = register_module("prep", ConvBnRelu(shape.channels, 64));
    // layers 1-3 are pooled: their ReLU follows the pooling (forward)
    m_layer1 = register_module("layer1", ConvBnRelu(64, 128, 3, 1, false));
    m_res1 = register_module("res1", Residual(128));
    m_layer2 = register_module("layer2", ConvBnRelu(128, 256, 3, 1, false));
    m_layer3 = register_module("layer3", ConvBnRelu(256, 512, 3, 1, false));
    m_res3 = register_module("res3", Residual(512));
    m_fc = register_module(
        "fc", torch::nn::Linear(torch::nn::LinearOptions(512, shape.classes).bias(false)));
}

torch::Tensor ResNet9Impl::forward(torch::Tensor x)
{
    const auto pool = F::MaxPool2dFuncOptions(2);
    x = m_prep(x);
    // max pooling and ReLU commute; pooling first leaves a quarter of the values to rectify
    x = m_res1(F::max_pool2d(m_layer1(x), pool).relu_());
    x = F::max_pool2d(m_layer2(x), pool).relu_();
    x = m_res3(F::max_pool2d(m_layer3(x), pool).relu_());
    x = F::adaptive_max_pool2d(x, F::AdaptiveMaxPool2dFuncOptions(1)).flatten(1);
    // the small output scale of the original keeps early logits tame at high learning rates
    return m_fc(x) * 0.125;
}

BasicBlockImpl::BasicBlockImpl(int64_t in, int64_t out, int64_t stride)
{
    m_a = register_module("a", ConvBnRelu(in, out, 3, stride));
    m_b = register_module("b", ConvBnRelu(out, out, 3, 1, false));
    if (stride != 1 || in != out)
        m_shortcut = register_module("shortcut", ConvBnRelu(in, out, 1, stride, false));
}

torch::Tensor BasicBlockImpl::forward(torch::Tensor x)
{
    const auto shortcut = m_shortcut ? m_shortcut(x) : x;
    return (m_b(m_a(x)) + shortcut).relu_();
}

ResNet18Impl::ResNet18Impl(const ModelShape &shape)
    : m_imagenetStem(std::min(shape.height, shape.width) >= 96)
{
    m_stem = register_module("stem",
                             m_imagenetStem ? ConvBnRelu(shape.channels, 64, 7, 2)
                                            : ConvBnRelu(shape.channels, 64));
    m_blocks = register_module("blocks", torch::nn::Sequential());
    int64_t in = 64;
    for (const int64_t out : {64, 128, 256, 512}) {
        const int64_t stride = out == 64 ? 1 : 2;
        m_blocks->push_back(BasicBlock(in, out, stride));
        m_blocks->push_back(BasicBlock(out, out, 1));
        in = out;
    }
    m_fc = register_module("fc", torch::nn::Linear(512, shape.classes));
}

torch::Tensor ResNet18Impl::forward(torch::Tensor x)
{
    x = m_stem(x);
    if (m_imagenetStem)
        x = F::max_pool2d(x, F::MaxPool2dFuncOptions(3).stride(2).padding(1));
    x = m_blocks->forward(x);
    x = F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1);
    return m_fc(x);
}

const std::vector<std::string> &modelNames()
{
    static const std::vector<std::string> names = {"smallcnn", "resnet9", "resnet18"};
    return names;
}

ClassifierPtr makeModel(const std::string &name, const ModelShape &shape)
{
    if (name == "smallcnn")
        return SmallCnn(shape).ptr();
    if (name == "resnet9")
        return ResNet9(shape).ptr();
    if (name == "resnet18")
        return ResNet18(shape).ptr();
    throw std::invalid_argument("unknown model '" + name + "'");
}
