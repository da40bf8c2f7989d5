// The classifiers patagon-train can train: a small CNN, a ResNet-9 and a ResNet-18.
#pragma once

#include "checkpointmeta.h" // ModelShape

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <memory>
#include <string>
#include <vector>

// What every model shares: a forward pass from normalised images [B, C, H, W] to logits.
class ClassifierImpl : public torch::nn::Module
{
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0;
};

using ClassifierPtr = std::shared_ptr<ClassifierImpl>;

// Convolution, batch norm, ReLU: the unit all three models are built from.
class ConvBnReluImpl : public torch::nn::Module
{
public:
    ConvBnReluImpl(int64_t in, int64_t out, int64_t kernel = 3, int64_t stride = 1,
                   bool relu = true);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Conv2d m_conv {nullptr};
    torch::nn::BatchNorm2d m_bn {nullptr};
    bool m_relu;
};
TORCH_MODULE(ConvBnRelu);

// Two convolutions; tutorial-sized, fast enough to train on a laptop CPU.
class SmallCnnImpl : public ClassifierImpl
{
public:
    explicit SmallCnnImpl(const ModelShape &shape);
    torch::Tensor forward(torch::Tensor x) override;

private:
    ConvBnRelu m_conv1 {nullptr};
    ConvBnRelu m_conv2 {nullptr};
    torch::nn::Linear m_fc1 {nullptr};
    torch::nn::Linear m_fc2 {nullptr};
};
TORCH_MODULE(SmallCnn);

// The residual stage of ResNet-9: x + two 3x3 convolutions.
class ResidualImpl : public torch::nn::Module
{
public:
    explicit ResidualImpl(int64_t channels);
    torch::Tensor forward(torch::Tensor x);

private:
    ConvBnRelu m_a {nullptr};
    ConvBnRelu m_b {nullptr};
};
TORCH_MODULE(Residual);

// The fast-training ResNet-9 of the DAWNBench CIFAR-10 entries (prep, three stages, max pool).
class ResNet9Impl : public ClassifierImpl
{
public:
    explicit ResNet9Impl(const ModelShape &shape);
    torch::Tensor forward(torch::Tensor x) override;

private:
    ConvBnRelu m_prep {nullptr};
    ConvBnRelu m_layer1 {nullptr};
    Residual m_res1 {nullptr};
    ConvBnRelu m_layer2 {nullptr};
    ConvBnRelu m_layer3 {nullptr};
    Residual m_res3 {nullptr};
    torch::nn::Linear m_fc {nullptr};
};
TORCH_MODULE(ResNet9);

// ResNet's basic block: two 3x3 convolutions and a projected shortcut when the shape changes.
class BasicBlockImpl : public torch::nn::Module
{
public:
    BasicBlockImpl(int64_t in, int64_t out, int64_t stride);
    torch::Tensor forward(torch::Tensor x);

private:
    ConvBnRelu m_a {nullptr};
    ConvBnRelu m_b {nullptr};
    ConvBnRelu m_shortcut {nullptr}; // 1x1 projection, empty when the shapes already match
};
TORCH_MODULE(BasicBlock);

// ResNet-18. Small images (under 96 px) get the CIFAR stem (3x3, no max pool), as is usual.
class ResNet18Impl : public ClassifierImpl
{
public:
    explicit ResNet18Impl(const ModelShape &shape);
    torch::Tensor forward(torch::Tensor x) override;

private:
    ConvBnRelu m_stem {nullptr};
    bool m_imagenetStem;
    torch::nn::Sequential m_blocks {nullptr};
    torch::nn::Linear m_fc {nullptr};
};
TORCH_MODULE(ResNet18);

const std::vector<std::string> &modelNames();
// Throws std::invalid_argument for an unknown name.
ClassifierPtr makeModel(const std::string &name, const ModelShape &shape);
