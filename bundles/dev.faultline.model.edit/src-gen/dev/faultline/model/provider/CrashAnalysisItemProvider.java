/**
 */
package dev.faultline.model.provider;


import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.faultline.model.CrashAnalysis} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CrashAnalysisItemProvider extends CausalNodeItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrashAnalysisItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addHostPropertyDescriptor(object);
			addTimePropertyDescriptor(object);
			addBugcheckCodePropertyDescriptor(object);
			addBugcheckNamePropertyDescriptor(object);
			addParameter1PropertyDescriptor(object);
			addParameter2PropertyDescriptor(object);
			addParameter3PropertyDescriptor(object);
			addParameter4PropertyDescriptor(object);
			addFaultingModulePropertyDescriptor(object);
			addImageNamePropertyDescriptor(object);
			addProcessNamePropertyDescriptor(object);
			addFailureBucketPropertyDescriptor(object);
			addSymbolNamePropertyDescriptor(object);
			addOsBuildPropertyDescriptor(object);
			addClusterPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_host_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_host_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__HOST,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_time_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_time_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bugcheck Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBugcheckCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_bugcheckCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_bugcheckCode_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__BUGCHECK_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bugcheck Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBugcheckNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_bugcheckName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_bugcheckName_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__BUGCHECK_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parameter1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParameter1PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_parameter1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_parameter1_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__PARAMETER1,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parameter2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParameter2PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_parameter2_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_parameter2_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__PARAMETER2,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parameter3 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParameter3PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_parameter3_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_parameter3_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__PARAMETER3,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parameter4 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParameter4PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_parameter4_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_parameter4_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__PARAMETER4,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Faulting Module feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFaultingModulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_faultingModule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_faultingModule_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__FAULTING_MODULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Image Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImageNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_imageName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_imageName_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__IMAGE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Process Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProcessNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_processName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_processName_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__PROCESS_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Failure Bucket feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFailureBucketPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_failureBucket_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_failureBucket_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__FAILURE_BUCKET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Symbol Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSymbolNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_symbolName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_symbolName_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__SYMBOL_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Os Build feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOsBuildPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_osBuild_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_osBuild_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__OS_BUILD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cluster feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClusterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CrashAnalysis_cluster_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CrashAnalysis_cluster_feature", "_UI_CrashAnalysis_type"),
				 FaultlinePackage.Literals.CRASH_ANALYSIS__CLUSTER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FaultlinePackage.Literals.CRASH_ANALYSIS__FRAMES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CrashAnalysis.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CrashAnalysis"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CrashAnalysis)object).getBugcheckName();
		return label == null || label.length() == 0 ?
			getString("_UI_CrashAnalysis_type") :
			getString("_UI_CrashAnalysis_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CrashAnalysis.class)) {
			case FaultlinePackage.CRASH_ANALYSIS__TIME:
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_CODE:
			case FaultlinePackage.CRASH_ANALYSIS__BUGCHECK_NAME:
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER1:
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER2:
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER3:
			case FaultlinePackage.CRASH_ANALYSIS__PARAMETER4:
			case FaultlinePackage.CRASH_ANALYSIS__FAULTING_MODULE:
			case FaultlinePackage.CRASH_ANALYSIS__IMAGE_NAME:
			case FaultlinePackage.CRASH_ANALYSIS__PROCESS_NAME:
			case FaultlinePackage.CRASH_ANALYSIS__FAILURE_BUCKET:
			case FaultlinePackage.CRASH_ANALYSIS__SYMBOL_NAME:
			case FaultlinePackage.CRASH_ANALYSIS__OS_BUILD:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FaultlinePackage.CRASH_ANALYSIS__FRAMES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FaultlinePackage.Literals.CRASH_ANALYSIS__FRAMES,
				 FaultlineFactory.eINSTANCE.createStackFrame()));
	}

}
